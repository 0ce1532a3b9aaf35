/** Problems found in administrator input, reported all together with where they are. */
package org.slaclocks.validation;
