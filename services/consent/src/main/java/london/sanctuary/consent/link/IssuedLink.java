package london.sanctuary.consent.link;

/** A link just issued: its token, shown this once (on a card, or in a text message), and the stored link. */
public record IssuedLink(LinkToken token, PersonalLink link, String address) {

    @Override
    public String toString() {
        return "IssuedLink[expiresAt=" + link.expiresAt() + "]";
    }
}
