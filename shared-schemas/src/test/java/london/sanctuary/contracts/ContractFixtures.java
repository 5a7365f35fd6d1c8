package london.sanctuary.contracts;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import london.sanctuary.contracts.referrals.ConsentEntry;
import london.sanctuary.contracts.referrals.EncryptedPackage;
import london.sanctuary.contracts.referrals.EngagementEntry;
import london.sanctuary.contracts.referrals.Profile;
import london.sanctuary.contracts.referrals.ReferralPackage;
import london.sanctuary.contracts.referrals.SupportItem;

/**
 * Test data for contracts built in Java rather than read from samples, so the records' own serialisation is
 * exercised. {@link #anyOf(EventType)} fills every component, nullable ones included, with a value valid for its
 * schema, chosen by component name and type.
 */
final class ContractFixtures {

    static final Instant AT = Instant.parse("2025-04-16T10:00:00Z");
    static final LocalDate ON = LocalDate.parse("2025-04-16");

    private static final Map<String, Object> STRINGS_BY_NAME = Map.ofEntries(
            Map.entry("borough", "newham"),
            Map.entry("fromBorough", "newham"),
            Map.entry("toBorough", "lambeth"),
            Map.entry("transferredFrom", "barnet"),
            Map.entry("language", "ar"),
            Map.entry("theme", "travel"),
            Map.entry("outcome", "ACCEPTED"),
            Map.entry("recurrence", "FREQ=WEEKLY;BYDAY=WE;COUNT=6"),
            Map.entry("languages", List.of("ar", "prs")),
            Map.entry("interpreterLanguages", List.of("prs")),
            Map.entry("themes", List.of("travel", "food")));

    private ContractFixtures() {}

    /** An instance of the type's record with every component set. */
    static Contract anyOf(EventType type) {
        Class<? extends Contract> recordType = type.recordType();
        RecordComponent[] components = recordType.getRecordComponents();
        Object[] values =
                Arrays.stream(components).map(ContractFixtures::valueFor).toArray();
        Class<?>[] types =
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            return recordType.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + recordType, e);
        }
    }

    static EncryptedPackage encryptedPackage() {
        return new EncryptedPackage(
                EncryptedPackage.AES_256_GCM, "newham/referrals/key-1", "q3Zp0cL2h8WmYb1T", "u8N2xv0fQk3l");
    }

    static ReferralPackage referralPackage() {
        return new ReferralPackage(
                ParticipantRef.of("3f6c2a1e-8b4d-4c7a-9e2f-5d1b7a0c9e84"),
                new Profile("Amal Hassan", "+44 7700 900123", "amal@example.org", List.of("ar"), "Step-free access"),
                List.of(new ConsentEntry(
                        ConsentPurpose.SHARE_ON_MOVE,
                        ConsentMethod.WRITTEN,
                        LegalBasis.CONSENT,
                        "ar",
                        "newham-2025.1",
                        AT,
                        AT.plusSeconds(86_400))),
                List.of(new EngagementEntry(EngagementEntry.SESSION_ATTENDED, SessionType.WORKSHOP, ON, null)),
                List.of(new SupportItem(SupportKind.ESOL, "ESOL Entry 2", "Conversation club", "ROUTINE")),
                ReferralReason.DISPERSAL,
                "Moving on 10 June");
    }

    private static Object valueFor(RecordComponent component) {
        String name = component.getName();
        Class<?> type = component.getType();
        if (STRINGS_BY_NAME.containsKey(name) && (type == String.class || type == List.class)) {
            return STRINGS_BY_NAME.get(name);
        }
        if (type == Borough.class) {
            return Borough.of((String) STRINGS_BY_NAME.get(name));
        }
        if (type == List.class) {
            return List.of(scalar(name, elementType(component)));
        }
        return scalar(name, type);
    }

    private static Object scalar(String name, Class<?> type) {
        if (type == UUID.class) {
            return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
        } else if (type == ParticipantRef.class) {
            return ParticipantRef.of((UUID) scalar(name, UUID.class));
        } else if (type == ReferralId.class) {
            return ReferralId.of((UUID) scalar(name, UUID.class));
        } else if (type == Instant.class) {
            return AT;
        } else if (type == LocalDate.class) {
            return ON;
        } else if (type == int.class || type == Integer.class) {
            return 3;
        } else if (type == long.class || type == Long.class) {
            return 3L;
        } else if (type == boolean.class) {
            return true;
        } else if (type == ActionStatus.class && name.equals("outcome")) {
            return ActionStatus.DONE;
        } else if (type.isEnum()) {
            return type.getEnumConstants()[0];
        } else if (type == EncryptedPackage.class) {
            return encryptedPackage();
        } else if (type == String.class) {
            return "Some " + name;
        }
        throw new IllegalArgumentException("no fixture value for " + name + " of " + type);
    }

    private static Class<?> elementType(RecordComponent component) {
        Type generic = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
        return (Class<?>) generic;
    }
}
