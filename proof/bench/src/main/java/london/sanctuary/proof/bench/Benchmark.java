package london.sanctuary.proof.bench;

/** One measurement of the platform beside its baseline, taken in the same run on the same machine. */
public interface Benchmark {

    /** Short name used on the command line ({@code --only=pipeline,http}) and in the JSON. */
    String name();

    /** Measures and adds its figures to the report; {@code full} false means the small size used by the tests. */
    void run(Report report, boolean full) throws Exception;
}
