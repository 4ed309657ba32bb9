package ca.ccrweb.office.core.demo;

import ca.ccrweb.office.core.OfficeServices;
import ca.ccrweb.office.core.office.OfficeSettings;

import java.nio.charset.StandardCharsets;

/**
 * The office's settings in the demo data: the council's public address and contacts, and a demo logo drawn as
 * an SVG (a stand-in, not the council's own), so letters, the quarterly update and badges show both. Settings
 * the office already saved are left as they are.
 */
public final class DemoOffice {
    static final String LOGO = """
            <svg xmlns="http://www.w3.org/2000/svg" width="360" height="96" viewBox="0 0 360 96">
              <rect x="0" y="0" width="96" height="96" rx="14" fill="#A31F34"/>
              <path d="M48 14 L58 38 L82 38 L62 53 L70 78 L48 63 L26 78 L34 53 L14 38 L38 38 Z" fill="#FFFFFF"/>
              <rect x="112" y="22" width="236" height="10" rx="5" fill="#A31F34"/>
              <rect x="112" y="43" width="190" height="10" rx="5" fill="#1F4E79"/>
              <rect x="112" y="64" width="214" height="10" rx="5" fill="#5F6368"/>
            </svg>
            """;

    private DemoOffice() {
    }

    /** Saves the demo settings when none are saved; returns 1 when it did, 0 otherwise. */
    public static int generate(OfficeServices services) {
        if (!services.officeSettings().current().equals(OfficeSettings.NONE)) {
            return 0;
        }
        services.officeSettings().save(new OfficeSettings(LOGO.getBytes(StandardCharsets.UTF_8), null,
                "6839, rue Drolet, bureau 301\nMontréal (Québec)  H2S 2T1", "514-277-7223", "info@ccrweb.ca",
                "https://ccrweb.ca"));
        return 1;
    }
}
