package kz.qabyldau.forms.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import kz.qabyldau.forms.reference.ReferenceData;
import kz.qabyldau.forms.reference.TransliterationTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fallback Latin name for App. 5 / App. 7 (ICAO 9303 Part 3 + Kazakh letters, from data). */
class LatinNamesTest {

    @ParameterizedTest
    @CsvSource({
        "Иванов Иван, IVANOV IVAN",
        "Щукин, SHCHUKIN",
        "Жанна, ZHANNA",
        "Юлия, IULIIA",
        "Хабиб, KHABIB",
        "Цой, TSOI",
        "Чингиз, CHINGIZ",
        "Ядгар, IADGAR",
        "Рыков, RYKOV",
        "Ольга, OLGA",
        "Эдуард, EDUARD",
        "Ёлкин, ELKIN",
        "Подъячев, PODIEIACHEV",
        "Шамиль, SHAMIL",
    })
    void russianLettersByIcao(String cyrillic, String latin) {
        assertThat(LatinNames.transliterate(cyrillic)).isEqualTo(latin);
    }

    @ParameterizedTest
    @CsvSource({
        "Әлия, ALIIA",
        "Ғалым, GALYM",
        "Қайрат, KAIRAT",
        "Жаңабай, ZHANABAI",
        "Төлеген, TOLEGEN",
        "Ұлан, ULAN",
        "Үміт, UMIT",
        "Шаһмардан, SHAHMARDAN",
        "Сейітқали-Ұлы, SEIITKALI-ULY",
    })
    void kazakhLetters(String cyrillic, String latin) {
        assertThat(LatinNames.transliterate(cyrillic)).isEqualTo(latin);
    }

    @ParameterizedTest
    @CsvSource({"Ґонта, GONTA", "Євген, IEVGEN", "Їжакевич, IZHAKEVICH", "Ўладзімір, ULADZIMIR"})
    void ukrainianAndBelarusianLetters(String cyrillic, String latin) {
        assertThat(LatinNames.transliterate(cyrillic)).isEqualTo(latin);
    }

    @Test
    void lettersOutsideTheTableAreReportedNotSilentlyLost() {
        LatinNames names = new LatinNames(ReferenceData.loadBundled().transliteration());
        assertThat(names.unknownLetters("Ђорђе Müller Иван")).containsExactly('Ü', 'Ђ');
        assertThat(names.unknownLetters("Қайрат Ivanov")).isEmpty();
    }

    @Test
    void spacesCollapseAndOtherCharactersAreDropped() {
        assertThat(LatinNames.transliterate("  анна   мария ")).isEqualTo("ANNA MARIIA");
        assertThat(LatinNames.transliterate("O'Neil")).isEqualTo("ONEIL");
        assertThat(LatinNames.transliterate(null)).isEmpty();
    }

    @Test
    void theLetterTableIsData() {
        TransliterationTable bundled = ReferenceData.loadBundled().transliteration();
        Map<Character, String> letters = new HashMap<>(bundled.letters());
        letters.put('Х', "H");
        LatinNames other = new LatinNames(new TransliterationTable(letters, bundled.provenance()));
        assertThat(other.latin("Хабиб")).isEqualTo("HABIB");
    }
}
