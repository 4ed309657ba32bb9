package ca.ccrweb.office;

public final class Main {
    public static void main(String[] args) {
    }
}
