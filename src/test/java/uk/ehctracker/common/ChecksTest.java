package uk.ehctracker.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChecksTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # what                          | typed                          | kept
            right-to-left override          | 'Tom \u202Egnp.exe'            | 'Tom gnp.exe'
            left-to-right override          | 'a\u202Db'                     | ab
            embeddings and their pop        | '\u202Ba\u202Ab\u202C'         | ab
            isolates                        | 'x\u2066y\u2067z\u2068w\u2069' | xyzw
            a name in Arabic is kept        | 'محمد علي'                     | 'محمد علي'
            right-to-left marks are kept    | 'a\u200Fb'                     | 'a\u200Fb'
            only controls is blank          | '  \u202E  '                   |
            a NUL (PostgreSQL refuses it)   | 'a\u0000b'                     | ab
            a bell                          | 'a\u0007b'                     | ab
            an unpaired surrogate           | 'a\uD800b'                     | ab
            tabs are kept                   | 'a\tb'                         | 'a\tb'
            """)
    void typedTextLosesItsBidiAndControlCharacters_andKeepsItsLetters(String what, String typed, String kept) {
        assertThat(Checks.clean(typed)).as(what).isEqualTo(kept);
    }

    @Test
    void wordsManualLineBreakAndAPageBreakEndALine() {
        assertThat(Checks.clean("line one\u000Bline two\u000Cpage two")).isEqualTo("line one\nline two\npage two");
    }
}
