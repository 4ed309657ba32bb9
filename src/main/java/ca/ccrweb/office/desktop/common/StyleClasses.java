package ca.ccrweb.office.desktop.common;

/** The style classes of desktop.css, the few looks AtlantaFX does not already give. */
public final class StyleClasses {
    public static final String STYLESHEET = "/ca/ccrweb/office/desktop/desktop.css";

    public static final String SIDEBAR = "sidebar";
    public static final String SIDEBAR_BRAND = "sidebar-brand";
    public static final String NAV_ITEM = "nav-item";
    public static final String NAV_ITEM_WITH_BADGE = "with-badge";
    public static final String NAV_BADGE = "nav-badge";
    public static final String STATUS_BAR = "status-bar";
    public static final String PAGE = "page";
    public static final String PAGE_HEADER = "page-header";
    public static final String TOOLBAR = "page-toolbar";
    public static final String DETAIL = "detail";
    public static final String EMPTY_STATE = "empty-state";
    public static final String EMPTY_STATE_ICON = "empty-state-icon";
    public static final String FIELD_LABEL = "field-label";
    public static final String FIELD_ERROR = "field-error";
    public static final String SECTION_TITLE = "section-title";
    public static final String FACT_NAME = "fact-name";
    public static final String FACT_VALUE = "fact-value";
    public static final String BADGE = "badge";
    public static final String BADGE_SUCCESS = "badge-success";
    public static final String BADGE_WARNING = "badge-warning";
    public static final String BADGE_DANGER = "badge-danger";
    public static final String BADGE_NEUTRAL = "badge-neutral";
    public static final String BADGE_ACCENT = "badge-accent";
    public static final String ACTIVATION_CODE = "activation-code";
    public static final String TOASTS = "toasts";

    private StyleClasses() {
    }
}
