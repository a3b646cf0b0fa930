package kz.qabyldau.app.store.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import kz.qabyldau.forms.identity.Iin;
import kz.qabyldau.forms.identity.Mrz;
import kz.qabyldau.forms.identity.MrzData;

/** The made-up identities pass the same checks the desk applies to real ones. */
class SyntheticPersonTest {

    @Test
    void iinsHaveTheBirthDateSexAndACheckDigit() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 500; i++) {
            LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(20_000));
            boolean male = random.nextBoolean();
            Iin iin = Iin.parse(SyntheticPerson.iin(birth, male, random));
            assertThat(iin.birthDate()).isEqualTo(birth);
            assertThat(iin.sex().name()).isEqualTo(male ? "MALE" : "FEMALE");
        }
    }

    @Test
    void theMachineReadableZoneReadsBackWithEveryCheckDigit() {
        SyntheticPerson p = new SyntheticPerson("Каримова", "Дилноза", false, LocalDate.of(1991, 4, 30), "", "UZB",
                "UZ0012345", LocalDate.of(2022, 1, 10), LocalDate.of(2032, 1, 9), "KARIMOVA DILNOZA");

        MrzData mrz = Mrz.parse(p.mrz(), LocalDate.of(2026, 12, 5));

        assertThat(mrz.documentNumber()).isEqualTo("UZ0012345");
        assertThat(mrz.birthDate()).isEqualTo(p.birthDate());
        assertThat(mrz.expiryDate()).isEqualTo(p.passportExpiry());
        assertThat(mrz.latinName()).isEqualTo("KARIMOVA DILNOZA");
    }
}
