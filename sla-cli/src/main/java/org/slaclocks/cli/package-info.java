/** The {@code sla} command line: argument parsing and output at the edge, the maths in the core. */
package org.slaclocks.cli;
