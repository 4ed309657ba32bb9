package ca.ccrweb.office.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ExportFormatTest {

    @Test
    void extensionsAreLowerCase() {
        assertThat(ExportFormat.XLSX.extension()).isEqualTo("xlsx");
        assertThat(ExportFormat.PDF.extension()).isEqualTo("pdf");
        assertThat(ExportFormat.CSV.extension()).isEqualTo("csv");
    }

    @Test
    void parsingIgnoresCase() {
        assertThat(ExportFormat.parse("xlsx")).isEqualTo(ExportFormat.XLSX);
        assertThat(ExportFormat.parse("Pdf")).isEqualTo(ExportFormat.PDF);
        assertThat(ExportFormat.parse(" CSV ")).isEqualTo(ExportFormat.CSV);
    }

    @Test
    void anUnknownFormatIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> ExportFormat.parse("docx")).withMessageContaining("docx");
        assertThatIllegalArgumentException().isThrownBy(() -> ExportFormat.parse(""));
        assertThatIllegalArgumentException().isThrownBy(() -> ExportFormat.parse(null));
    }
}
