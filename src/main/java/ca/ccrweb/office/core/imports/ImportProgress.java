package ca.ccrweb.office.core.imports;

/** How far an import is, and whether staff asked it to stop (then nothing is written). */
public interface ImportProgress {
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void progressed(long done, long total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    void progressed(long done, long total);

    boolean cancelled();
}
