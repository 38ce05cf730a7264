/** The web reader's pages and assets; not an API. */
@NullMarked
package io.github.jingdu.html.internal;

import org.jspecify.annotations.NullMarked;
