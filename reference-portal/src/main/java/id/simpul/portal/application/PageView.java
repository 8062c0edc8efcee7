package id.simpul.portal.application;

import java.util.List;

/** One page of a list the caller may see. */
public record PageView<T>(List<T> items, int page, int size, long total) {
}
