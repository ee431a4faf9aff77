package org.publicrecord.types.event;

import java.util.Map;

import com.mitchellbosecke.pebble.extension.Filter;
import org.publicrecord.model.ContentType;

/** An engagement event's write-up: what was heard there, item by item, which actions answer. */
public final class EventType implements ContentType {

    @Override
    public String name() {
        return "event";
    }

    @Override
    public String folder() {
        return "events";
    }

    @Override
    public int order() {
        return 3;
    }

    @Override
    public String listLayout() {
        return "layouts/list.peb";
    }

    @Override
    public Map<String, Filter> filters() {
        return Map.of("write_up", new WriteUpFilter());
    }
}
