package ca.ccrweb.office.desktop.common;

/** Long work that reports its progress and stops when cancelled. */
@FunctionalInterface
public interface ProgressWork<T> {
    T call(ProgressReporter progress) throws Exception;
}
