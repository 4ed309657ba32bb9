package ca.ccrweb.office.core.security;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;

/**
 * Staff passwords hashed with Argon2id at OWASP's minimum (m=19456 KiB, t=2, p=1), stored as PHC strings
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}). A stored hash made with weaker parameters is
 * re-hashed at the next successful sign-in.
 */
public final class Passwords {
    public static final int MEMORY_KIB = 19_456;
    public static final int ITERATIONS = 2;
    public static final int PARALLELISM = 1;
    private static final int OUTPUT_BYTES = 32;
    public static final int MINIMUM_LENGTH = 10;
    /**
     * A hash with today's parameters that no one's password matches, checked when the user name is unknown
     * so that both answers take as long. A constant: hashing it at every start cost a second of Argon2id in a
     * cold JVM to every command and every start, before anyone signed in.
     */
    static final String DECOY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$GTpehXNR/BxW1AqSkpbnTfyr5vGCykK7Mzp57DaH+VG2Tc"
            + "btGOVrc92G76VpXqvugRqALyr2garS3uVPHTzhZg$M6OY+cJYaUAo/nm10yHRAar/387B/i9AXHFiIedcWB0";

    private final Argon2Function policy = Argon2Function.getInstance(MEMORY_KIB, ITERATIONS, PARALLELISM, OUTPUT_BYTES,
            Argon2.ID);

    public String hash(String password) {
        return policy.hash(password).getResult();
    }

    public boolean matches(String password, String stored) {
        if (stored == null || !stored.startsWith("$argon2")) {
            return false;
        }
        return Argon2Function.getInstanceFromHash(stored).check(password, stored);
    }

    /** Whether the stored hash was made with weaker parameters than today's policy. */
    public boolean needsRehash(String stored) {
        Argon2Function used = Argon2Function.getInstanceFromHash(stored);
        return used.getVariant() != Argon2.ID || used.getMemory() < MEMORY_KIB || used.getIterations() < ITERATIONS
                || used.getParallelism() < PARALLELISM;
    }
}
