package london.sanctuary.infra;

import java.util.SortedSet;
import java.util.TreeSet;

/** One grant: a principal may do one operation on one topic or consumer group, named literally. */
public record KafkaAcl(String principal, String resourceType, String name, String operation)
        implements Comparable<KafkaAcl> {

    /** The grants a deployment's service needs: read and describe what it reads, write what it writes, its groups. */
    public static SortedSet<KafkaAcl> of(String deployment, KafkaNeeds needs) {
        String principal = "User:" + userName(deployment, needs.service());
        SortedSet<KafkaAcl> acls = new TreeSet<>();
        for (String topic : needs.reads()) {
            acls.add(new KafkaAcl(principal, "topic", topic, "Read"));
            acls.add(new KafkaAcl(principal, "topic", topic, "Describe"));
        }
        for (String topic : needs.writes()) {
            acls.add(new KafkaAcl(principal, "topic", topic, "Write"));
            acls.add(new KafkaAcl(principal, "topic", topic, "Describe"));
        }
        needs.groups().forEach(group -> acls.add(new KafkaAcl(principal, "group", group, "Read")));
        return acls;
    }

    /** The Kafka user (Strimzi {@code KafkaUser}, SCRAM principal) of a deployment's service. */
    public static String userName(String deployment, String service) {
        return deployment + "-" + service;
    }

    @Override
    public int compareTo(KafkaAcl other) {
        return toString().compareTo(other.toString());
    }
}
