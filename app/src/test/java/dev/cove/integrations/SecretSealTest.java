package dev.cove.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SecretSealTest {

    private static final String KEY_A = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String KEY_B = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    @Test
    void sealsWithTheCurrentKeyIdAndARandomIvSoEqualValuesDiffer() {
        SecretSeal seal = new SecretSeal(new VaultSettings(KEY_A, "a", Map.of()));

        String once = seal.seal("at-secret-token");
        String twice = seal.seal("at-secret-token");

        assertThat(once).startsWith("a:").doesNotContain("at-secret-token").isNotEqualTo(twice);
        assertThat(seal.open(once)).isEqualTo("at-secret-token");
        assertThat(seal.open(twice)).isEqualTo("at-secret-token");
        assertThat(seal.seal(null)).isNull();
    }

    @Test
    void afterARotationOldValuesOpenWithTheOldKeyAndNewOnesUseTheNewKey() {
        String sealedUnderA = new SecretSeal(new VaultSettings(KEY_A, "a", Map.of())).seal("rt-rotating");
        SecretSeal rotated = new SecretSeal(new VaultSettings(KEY_B, "b", Map.of("a", KEY_A)));

        assertThat(rotated.open(sealedUnderA)).isEqualTo("rt-rotating");
        assertThat(rotated.seal("rt-rotating")).startsWith("b:");
        assertThatThrownBy(() -> new SecretSeal(new VaultSettings(KEY_B, "b", Map.of())).open(sealedUnderA))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("key id");
    }

    @Test
    void aTamperedValueDoesNotOpen() {
        SecretSeal seal = new SecretSeal(new VaultSettings(KEY_A, "a", Map.of()));
        byte[] raw = Base64.getDecoder().decode(seal.seal("at-secret-token").substring(2));
        raw[raw.length - 1] ^= 1;

        assertThatThrownBy(() -> seal.open("a:" + Base64.getEncoder().encodeToString(raw)))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void withoutAKeyTheDevelopmentKeyIsUsedAndAWrongLengthKeyIsRejected() {
        assertThat(new SecretSeal(new VaultSettings("", "dev", Map.of())).seal("x")).startsWith("dev:");
        assertThatThrownBy(() -> new SecretSeal(new VaultSettings("c2hvcnQ=", "x", Map.of())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("32 bytes");
    }
}
