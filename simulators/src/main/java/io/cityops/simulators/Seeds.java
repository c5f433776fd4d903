package io.cityops.simulators;

import java.util.SplittableRandom;

/**
 * Derives independent, reproducible random streams from one simulation seed. A stream is named by
 * parts (a station id, a purpose, a day number), so adding a station or a purpose never shifts the
 * numbers another stream draws. Only stable hashes are used (no {@code Object.hashCode} of mutable
 * or identity-hashed objects), so a seed means the same sequence on every JVM.
 */
public final class Seeds {

    private Seeds() {
    }

    /** A 64-bit seed for the stream named by {@code parts} under {@code seed}. */
    public static long derive(long seed, Object... parts) {
        long h = mix64(seed ^ 0x9E3779B97F4A7C15L);
        for (Object part : parts) {
            h = mix64(h ^ partHash(part));
        }
        return h;
    }

    public static SplittableRandom random(long seed, Object... parts) {
        return new SplittableRandom(derive(seed, parts));
    }

    /**
     * A standard normal draw (Box–Muller). Written out rather than {@code nextGaussian()} so that the
     * sequence does not depend on the JDK's algorithm choice.
     */
    public static double gaussian(SplittableRandom random) {
        double u1 = random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(1.0 - u1)) * Math.cos(2.0 * Math.PI * u2);
    }

    /** One standard normal value, a pure function of the seed and the parts. */
    public static double gaussianAt(long seed, Object... parts) {
        return gaussian(random(seed, parts));
    }

    /** One uniform value in [0, 1), a pure function of the seed and the parts. */
    public static double uniformAt(long seed, Object... parts) {
        return random(seed, parts).nextDouble();
    }

    private static long partHash(Object part) {
        if (part instanceof Number n) {
            return mix64(n.longValue() + 0x632BE59BD9B4E019L);
        }
        String text = String.valueOf(part);
        long h = 0xCBF29CE484222325L; // FNV-1a over the UTF-16 code units
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001B3L;
        }
        return h;
    }

    /** SplitMix64's finaliser: a strong bijective mix of 64 bits. */
    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
