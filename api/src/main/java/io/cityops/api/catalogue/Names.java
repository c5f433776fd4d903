package io.cityops.api.catalogue;

import java.util.Locale;

/** How catalogue enums appear in API answers: lower-case with underscores, like the wire names. */
public final class Names {

    private Names() {
    }

    public static String code(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
