package ca.ccrweb.office.core.demo;

import ca.ccrweb.office.core.OfficeServices;

import java.util.List;

/**
 * One part of the demo data (organizations, events, the fund …), known by its name. {@link DemoData#fill} runs
 * each in one transaction that also writes the line saying it is complete, so a run interrupted anywhere
 * leaves every part whole or absent, and the next run makes exactly what is missing.
 *
 * <p>A part run again at a larger scale (its line says a smaller one) must add only what is missing at that
 * scale; one that does not depend on the scale is simply not run again.
 */
public record DemoUnit(String name, Maker maker) {

    /** Makes the part through the services; returns what it made, as lines for the person who asked. */
    @FunctionalInterface
    public interface Maker {
        List<DemoSummary> make(OfficeServices services, int scale, long seed);
    }
}
