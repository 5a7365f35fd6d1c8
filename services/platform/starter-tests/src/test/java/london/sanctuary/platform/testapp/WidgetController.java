package london.sanctuary.platform.testapp;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.consent.ParticipantEnrolled;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.contracts.refusal.NotFound;
import london.sanctuary.platform.outbox.AggregateWrites;
import london.sanctuary.platform.outbox.OutboxEntry;
import london.sanctuary.platform.store.BoroughStores;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class WidgetController {

    record NewWidget(@NotBlank String name, String colour) {
        NewWidget {
            if (colour != null && !colour.matches("[a-z]+")) {
                throw new InvalidValue("colour", "must be lower-case letters");
            }
        }
    }

    record Rename(@NotBlank String name, long version) {}

    /** Names checked one by one, at most 40 of them; the note has only the platform's bound. */
    record Roster(@Size(max = 40) List<@NotBlank String> names, String note) {}

    private final BoroughStores stores;

    WidgetController(BoroughStores stores) {
        this.stores = stores;
    }

    @PostMapping("/api/boroughs/{borough}/widgets")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> create(@PathVariable String borough, @Valid @RequestBody NewWidget request) {
        Widget widget = new Widget();
        widget.id = UUID.randomUUID().toString();
        widget.name = request.name();
        widget.outbox.add(OutboxEntry.of(
                new ParticipantEnrolled(ParticipantRef.of(widget.id), Borough.of(borough), Instant.now(), null),
                borough,
                widget.id,
                Instant.now()));
        long version = AggregateWrites.write(stores.of(borough), "widgets", widget, widget.id, null);
        return Map.of("id", widget.id, "version", version);
    }

    @PostMapping("/api/boroughs/{borough}/rosters")
    Map<String, Object> roster(@PathVariable String borough, @RequestBody Roster roster) {
        return Map.of("names", roster.names().size());
    }

    @GetMapping("/api/boroughs/{borough}/widgets/{id}")
    Map<String, Object> read(@PathVariable String borough, @PathVariable UUID id) {
        Widget widget = stores.of(borough).findById(id.toString(), Widget.class);
        if (widget == null) {
            throw new NotFound("Widget");
        }
        return Map.of("id", widget.id, "name", widget.name, "version", widget.version);
    }

    @PutMapping("/api/boroughs/{borough}/widgets/{id}")
    Map<String, Object> rename(
            @PathVariable String borough, @PathVariable UUID id, @Valid @RequestBody Rename request) {
        Widget widget = stores.of(borough).findById(id.toString(), Widget.class);
        if (widget == null) {
            throw new NotFound("Widget");
        }
        widget.name = request.name();
        widget.outbox = new ArrayList<>();
        long version = AggregateWrites.write(stores.of(borough), "widgets", widget, widget.id, request.version());
        return Map.of("id", widget.id, "version", version);
    }
}
