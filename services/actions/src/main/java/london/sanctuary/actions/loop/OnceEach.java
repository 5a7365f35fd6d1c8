package london.sanctuary.actions.loop;

/**
 * Sends each notice at most once per action and participant, whatever the adapter: a notice already in the log
 * counts as told and is not sent again (a retried loop close, a start-up sweep); one that went is logged.
 */
public final class OnceEach implements LoopNotices {

    private final NoticeLog log;
    private final LoopNotices adapter;

    public OnceEach(NoticeLog log, LoopNotices adapter) {
        this.log = log;
        this.adapter = adapter;
    }

    @Override
    public boolean send(Notice notice) {
        if (log.has(notice)) {
            return true;
        }
        if (!adapter.send(notice)) {
            return false;
        }
        log.record(notice);
        return true;
    }
}
