package org.fengqiao.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Example;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.fengqiao.shared.InvalidInput;

class CreditCodeProperties {

    @Example
    void acceptsAPublishedCode() {
        // Check character computed by hand from GB 32100's weights.
        assertThat(CreditCode.parse("91330000MA27U00000".substring(0, 17) + CreditCode.checkCharacter("91330000MA27U0000")))
                .isNotNull();
        assertThat(CreditCode.parse(" 91350100m000100y43 ").value()).isEqualTo("91350100M000100Y43");
    }

    @Property
    void everyCodeWithItsCheckCharacterIsValid(@ForAll("first17") String first17) {
        String code = first17 + CreditCode.checkCharacter(first17);
        assertThat(new CreditCode(code).value()).isEqualTo(code);
    }

    @Property
    void anyOtherCheckCharacterIsRefusedNamingTheField(@ForAll("first17") String first17,
            @ForAll("alphabet") char other) {
        char right = CreditCode.checkCharacter(first17);
        if (other == right) {
            return;
        }
        assertThatThrownBy(() -> new CreditCode(first17 + other)).isInstanceOf(InvalidInput.class)
                .extracting("field").isEqualTo("creditCode");
    }

    @Provide
    Arbitrary<String> first17() {
        return Arbitraries.strings().withChars(CreditCode.ALPHABET.toCharArray()).ofLength(17);
    }

    @Provide
    Arbitrary<Character> alphabet() {
        return Arbitraries.of(CreditCode.ALPHABET.chars().mapToObj(c -> (char) c).toList());
    }
}
