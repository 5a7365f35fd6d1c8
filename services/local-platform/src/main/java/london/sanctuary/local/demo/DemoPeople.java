package london.sanctuary.local.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * An obviously fictional set of people: names mixed at random from a few language groups, phone
 * numbers from Ofcom's range reserved for drama (07700 900xxx), e-mail at example.org.
 */
final class DemoPeople {

    /** A made-up person to enrol. {@code accessNeeds} may be null. */
    record Person(
            String name, String phone, String email, String language, List<String> languages, String accessNeeds) {}

    private record Group(String language, List<String> given, List<String> family) {}

    private static final List<Group> GROUPS = List.of(
            new Group("ar", List.of("Amira", "Yusuf", "Layla", "Omar", "Huda"), List.of("Haddad", "Nasser", "Khalil")),
            new Group("fa", List.of("Darius", "Shirin", "Parisa", "Kian"), List.of("Rostami", "Jafari", "Karimi")),
            new Group("prs", List.of("Farid", "Mariam", "Wahid", "Zahra"), List.of("Sultani", "Noori", "Ahmadi")),
            new Group("ps", List.of("Zarlasht", "Gul", "Naveed"), List.of("Ahmadzai", "Stanikzai", "Khan")),
            new Group("ti", List.of("Senait", "Dawit", "Selam", "Yonas"), List.of("Tesfay", "Gebremedhin", "Haile")),
            new Group("so", List.of("Hodan", "Abdi", "Faduma", "Liban"), List.of("Warsame", "Farah", "Hirsi")),
            new Group("ckb", List.of("Hana", "Rebin", "Shilan", "Aram"), List.of("Baban", "Rahim", "Aziz")),
            new Group("uk", List.of("Olena", "Taras", "Iryna", "Mykola"), List.of("Kovalenko", "Bondar", "Shevchuk")),
            new Group("sq", List.of("Arben", "Elira", "Blerta", "Genti"), List.of("Krasniqi", "Gashi", "Shala")),
            new Group("vi", List.of("Linh", "Minh", "Thao", "Duc"), List.of("Nguyen", "Tran", "Pham")),
            new Group("ur", List.of("Ayesha", "Bilal", "Sana", "Imran"), List.of("Qureshi", "Siddiqui", "Malik")));

    private static final List<String> ACCESS_NEEDS = List.of(
            "step-free access", "large print", "hearing loop", "female interpreter", "childcare during sessions");

    private DemoPeople() {}

    static List<Person> generate(Random random, int count, int firstNumber) {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Group group = GROUPS.get(random.nextInt(GROUPS.size()));
            String given = group.given().get(random.nextInt(group.given().size()));
            String family = group.family().get(random.nextInt(group.family().size()));
            int number = firstNumber + i;
            String email = (given + "." + family + "." + number).toLowerCase() + "@example.org";
            List<String> languages =
                    random.nextInt(3) == 0 ? List.of(group.language()) : List.of(group.language(), "en");
            String accessNeeds = random.nextInt(4) == 0 ? ACCESS_NEEDS.get(random.nextInt(ACCESS_NEEDS.size())) : null;
            people.add(new Person(
                    given + " " + family,
                    String.format("07700 900%03d", number % 1000),
                    email,
                    group.language(),
                    languages,
                    accessNeeds));
        }
        return people;
    }
}
