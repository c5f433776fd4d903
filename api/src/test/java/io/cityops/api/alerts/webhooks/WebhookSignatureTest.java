package io.cityops.api.alerts.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void signsWithHmacSha256AsRfc4231TestCase2() {
        // RFC 4231, section 4.3: key "Jefe", data "what do ya want for nothing?".
        assertThat(WebhookSignature.sign("Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }
}
