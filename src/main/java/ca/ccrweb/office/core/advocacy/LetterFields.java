package ca.ccrweb.office.core.advocacy;

import ca.ccrweb.office.core.membership.Province;

import java.time.LocalDate;

/**
 * What fills a model letter: the sender (organization, or the person writing, and its address), who signs, the
 * addressee (the minister, an MP and their riding, a provincial minister: name, title, address) and the date.
 */
public record LetterFields(String organization, String address, Province province, String signatory,
                           String signatoryTitle, String addressee, String addresseeTitle, String addresseeAddress,
                           String riding, LocalDate date) {
}
