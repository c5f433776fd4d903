package io.cityops.jobs.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class JobArgumentsTest {

    @Test
    void usageListsTheSynopsisThenEveryOptionIndentedAlike() {
        String usage = JobArguments.usage("SomeJob", """
                  --own-option               what it does
                """);

        List<String> lines = usage.lines().toList();
        assertThat(lines.get(0)).isEqualTo("usage: SomeJob --kafka-bootstrap-servers HOST:PORT --influx-url URL [options]");
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line).startsWith("  --"));
        assertThat(lines).hasSize(7).last().isEqualTo("  --own-option               what it does");
    }

    @Test
    void aRepeatedOptionOrAStrayWordIsRefusedByName() {
        assertThatThrownBy(() -> JobArguments.parse(new String[] {"--catalogue", "a.yaml", "--catalogue", "b.yaml"}, List.of()))
                .hasMessage("option --catalogue given twice");
        assertThatThrownBy(() -> JobArguments.parse(new String[] {"catalogue.yaml"}, List.of()))
                .hasMessage("expected an option such as --influx-url, got 'catalogue.yaml'");
        assertThatThrownBy(() -> JobArguments.parse(new String[] {"--idleness", "5s"}, List.of()))
                .hasMessage("unknown option --idleness");
    }
}
