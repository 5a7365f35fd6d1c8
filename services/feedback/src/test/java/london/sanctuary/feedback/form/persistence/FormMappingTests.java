package london.sanctuary.feedback.form.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import london.sanctuary.contracts.Language;
import london.sanctuary.feedback.form.Form;
import london.sanctuary.feedback.form.FormFixtures;
import org.junit.jupiter.api.Test;

class FormMappingTests {

    @Test
    void aFormInAllTenLanguagesComesBackFromItsDocumentUnchanged() {
        // given
        Form form = FormFixtures.published();

        // when
        FormDocument document = FormMapping.toDocument(form);
        document.version = 0L;
        Form back = FormMapping.toForm(document);

        // then
        assertThat(back.languages())
                .extracting(Language::tag)
                .hasSize(10)
                .isEqualTo(form.languages().stream().map(Language::tag).toList());
        assertThat(back.title()).isEqualTo(form.title());
        assertThat(back.questions()).isEqualTo(form.questions());
        assertThat(back.code()).isEqualTo(form.code());
        assertThat(back.recordedEvents()).isEmpty();
        assertThat(document.outbox).hasSize(1);
    }
}
