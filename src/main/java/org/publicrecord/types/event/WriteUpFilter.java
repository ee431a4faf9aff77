package org.publicrecord.types.event;

import java.util.List;
import java.util.Map;

import com.mitchellbosecke.pebble.extension.Filter;
import com.mitchellbosecke.pebble.template.EvaluationContext;
import com.mitchellbosecke.pebble.template.PebbleTemplate;

/** The template filter {@code write_up}: {@code content.body | write_up} gives the body's {@link WriteUp} sections. */
public final class WriteUpFilter implements Filter {

    @Override
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
        return WriteUp.of(input == null ? null : String.valueOf(input));
    }

    @Override
    public List<String> getArgumentNames() {
        return List.of();
    }
}
