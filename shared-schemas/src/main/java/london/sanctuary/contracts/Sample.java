package london.sanctuary.contracts;

/** One frozen sample: its classpath path and its JSON text. */
public record Sample(String resource, String json) {

    /** The file name without {@code .json}, e.g. {@code newham-walk-in}. */
    public String name() {
        String file = resource.substring(resource.lastIndexOf('/') + 1);
        return file.endsWith(".json") ? file.substring(0, file.length() - ".json".length()) : file;
    }
}
