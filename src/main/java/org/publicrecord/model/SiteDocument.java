package org.publicrecord.model;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.publicrecord.build.RenderTrace;

/**
 * A document of the store, as JBake's model, that notes whoever reads its body
 * ({@link RenderTrace}): a page is made again when a body it showed changed, and only then, unless
 * another field of some document changed.
 *
 * <p>Every way of reading a map's values counts: a copy ({@code putAll}) and a walk over its
 * entries read the body too.
 */
public final class SiteDocument extends DocumentModel {

    /** A new, empty document, as JBake's {@link DocumentModel#createDefaultDocumentModel()} makes it. */
    public static SiteDocument create() {
        SiteDocument document = new SiteDocument();
        document.setCached(true);
        document.setRendered(false);
        return document;
    }

    private void read() {
        RenderTrace.bodyRead(getUri());
    }

    /** The body as it is, noted as read by no one: for the digest of what was shown. */
    public Object bodyUnread() {
        return super.get(ModelAttributes.BODY);
    }

    @Override
    public Object get(Object key) {
        if (ModelAttributes.BODY.equals(key)) {
            read();
        }
        return super.get(key);
    }

    @Override
    public Object getOrDefault(Object key, Object otherwise) {
        if (ModelAttributes.BODY.equals(key)) {
            read();
        }
        return super.getOrDefault(key, otherwise);
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        read();
        return super.entrySet();
    }

    @Override
    public Collection<Object> values() {
        read();
        return super.values();
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Object> action) {
        read();
        super.forEach(action);
    }

    @Override
    public boolean containsValue(Object value) {
        read();
        return super.containsValue(value);
    }

    /** Every field but the body, without noting a read: what every page may show of this document. */
    public void forEachFieldButBody(BiConsumer<String, Object> action) {
        super.forEach((key, value) -> {
            if (!ModelAttributes.BODY.equals(key)) {
                action.accept(key, value);
            }
        });
    }
}
