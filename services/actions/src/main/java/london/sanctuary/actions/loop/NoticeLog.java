package london.sanctuary.actions.loop;

/** The record of notices already sent, one per action and participant, with no contact details. */
public interface NoticeLog {

    boolean has(Notice notice);

    void record(Notice notice);
}
