package london.sanctuary.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrimziResourcesTests {

    private final Path repository = Repository.root();

    @Test
    void theCommittedKafkaTopicsAndUsersAreWhatTheCodeGenerates() throws IOException {
        // given what the code says today
        Map<Path, String> expected = StrimziResources.files(repository);

        // when asked to, the files are written anew (-Dsanctuary.regenerate=true)
        if (Boolean.getBoolean("sanctuary.regenerate")) {
            for (var file : expected.entrySet()) {
                Files.writeString(file.getKey(), file.getValue());
            }
        }

        // then every committed file is exactly that
        for (var file : expected.entrySet()) {
            assertThat(file.getKey())
                    .as("%s is generated (decision 0048); regenerate it, see its first lines", file.getKey())
                    .exists()
                    .hasContent(file.getValue());
        }
    }

    @Test
    void aTopicWhoseFamilyTopicsYamlDoesNotSizeIsRefusedRatherThanGuessed() {
        // given the families of infra/kafka/topics.yaml
        StrimziResources strimzi = StrimziResources.from(repository);

        // when a topic of no family is generated, then it is refused, naming the topic
        assertThatThrownBy(() -> strimzi.topics(java.util.List.of("sanctuary.newham.safeguarding.v1")))
                .hasMessageContaining("sanctuary.newham.safeguarding.v1")
                .hasMessageContaining("topics.yaml");
    }

    @Test
    void everyTopicTheCodeNamesHasAFamilyInTopicsYaml() {
        // given the families, when every topic of every borough is sized, then none is without a family
        StrimziResources strimzi = StrimziResources.from(repository);
        java.util.List<String> boroughs = java.util.List.of("newham", "kingston-upon-thames");

        assertThat(london.sanctuary.contracts.Topics.all(boroughs))
                .allSatisfy(topic -> assertThat(strimzi.family(topic)).isNotBlank());
    }
}
