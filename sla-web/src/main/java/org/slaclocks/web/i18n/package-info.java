/** The web layer's texts in the viewer's language (English and Dutch bundles). */
package org.slaclocks.web.i18n;
