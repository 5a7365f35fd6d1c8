package london.sanctuary.workspace.directory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The referrals service's directory of local services, as the directory pages need it (implemented over the relayed
 * client by {@link ReferralsDirectory}; faked in page tests). A refusal comes back as the workspace's {@code
 * ServiceRefusal}: an export that is not one names its path in the file ({@code content[3].name}).
 */
public interface LocalDirectory {

    /** The borough's services, by name. */
    List<DirectoryService> services(String borough);

    /** When the directory was last replaced, by which role, how many services; empty when it never was. */
    Optional<LastDirectoryImport> lastImport(String borough);

    /** What importing {@code export} (an ORUK JSON document) would keep and leave out, changing nothing. */
    ImportPreview preview(String borough, byte[] export);

    /** Replaces the borough's directory with the export's services; answers how many it holds now. */
    int importExport(String borough, byte[] export);

    /** A service of the directory: never a person's name, phone or e-mail. */
    record DirectoryService(
            String id,
            String name,
            String organisation,
            List<String> supportKinds,
            List<Offered> languages,
            String area) {

        public DirectoryService {
            supportKinds = supportKinds == null ? List.of() : List.copyOf(supportKinds);
            languages = languages == null ? List.of() : List.copyOf(languages);
        }
    }

    /** A language a service is offered in, by tag, English name and autonym. */
    record Offered(String tag, String englishName, String autonym) {}

    /** @param by the role that imported it ({@code service-lead}), or {@code demo} for the demo directory */
    record LastDirectoryImport(Instant at, String by, int services) {}

    /**
     * @param services what the import would keep
     * @param notActive services left out because they are not active
     * @param contactsLeftOut contacts (people) listed by the services kept: never kept
     */
    record ImportPreview(List<DirectoryService> services, int notActive, int contactsLeftOut) {

        public ImportPreview {
            services = List.copyOf(services);
        }
    }
}
