package ca.ccrweb.office.core.accounts;

/**
 * An account with its one-time activation code in clear. The code exists only here: the database
 * keeps its hash, so it must be shown or printed now (welcome letter) or issued anew.
 */
public record IssuedAccount(Account account, String activationCode) {
    @Override
    public String toString() {
        return "IssuedAccount[" + account + ", activationCode=…]";
    }
}
