package london.sanctuary.platform.crypto.config;

import london.sanctuary.contracts.refusal.Conflict;
import london.sanctuary.platform.crypto.Rotated;
import london.sanctuary.platform.security.Caller;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/key-rotations}: rotates the key-encryption key now, for operators with the {@code key-custodian}
 * role (no borough: the keyring serves every borough of the instance). 200 with what it did; 409 while another
 * instance is rotating. Answers kids and counts only, never a key.
 */
@RestController
class KeyRotationController {

    static final String ROLE = "key-custodian";
    private final Rotations rotations;

    KeyRotationController(Rotations rotations) {
        this.rotations = rotations;
    }

    @PostMapping("/api/key-rotations")
    Rotated rotate() {
        if (!Caller.current().roles().contains(ROLE)) {
            throw new AccessDeniedException(ROLE + " role required");
        }
        return rotations.rotate().orElseThrow(() -> new Conflict("Another instance is rotating the keys; try later"));
    }
}
