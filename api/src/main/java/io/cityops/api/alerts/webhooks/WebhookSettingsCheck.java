package io.cityops.api.alerts.webhooks;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.env.Environment;
import io.micronaut.context.env.EnvironmentPropertySource;
import io.micronaut.context.env.PropertySource;
import io.micronaut.core.naming.NameUtils;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A misspelt key of a webhook subscription ({@code cityops.webhooks.pager.sceret}) stops the start
 * instead of leaving the subscription unsigned or unfiltered. Environment variables are left out, as in
 * the API's own configuration check.
 */
@Context
class WebhookSettingsCheck {

    private static final String PREFIX = WebhookSubscription.PREFIX + ".";
    private static final Set<String> KNOWN = Arrays.stream(WebhookSubscription.class.getRecordComponents())
            .map(RecordComponent::getName)
            .filter(name -> !name.equals("name"))
            .map(NameUtils::hyphenate)
            .collect(Collectors.toCollection(TreeSet::new));

    WebhookSettingsCheck(Environment environment) {
        Set<String> unknown = new TreeSet<>();
        for (PropertySource source : environment.getPropertySources()) {
            if (EnvironmentPropertySource.NAME.equals(source.getName())) {
                continue;
            }
            for (String key : source) {
                if (key.startsWith(PREFIX) && !known(key.substring(PREFIX.length()))) {
                    unknown.add(key);
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("Unknown webhook settings " + unknown + "; a subscription "
                    + PREFIX + "<name> knows " + KNOWN);
        }
    }

    /** {@code <name>.<setting>}, the setting possibly indexed ({@code severities[0]}). */
    private static boolean known(String rest) {
        int dot = rest.indexOf('.');
        if (dot < 0) {
            // the subscription itself (a map of settings in YAML)
            return true;
        }
        String setting = rest.substring(dot + 1);
        int bracket = setting.indexOf('[');
        if (bracket >= 0) {
            setting = setting.substring(0, bracket);
        }
        return KNOWN.contains(NameUtils.hyphenate(setting));
    }
}
