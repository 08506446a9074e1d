package io.glpiwallboard.sync;

/**
 * Why a sync failed, by what a person does about it; the command line turns each into its
 * documented exit code ({@code cli.ExitCode}).
 */
public enum SyncFailure {

	/** A setting is missing or wrong (GLPI's API version, the URL's answer). */
	CONFIGURATION,

	/** GLPI refused the credentials, or the account may not read what it must (403). */
	AUTHENTICATION,

	/** GLPI could not be reached, or kept failing. */
	UNREACHABLE,

	/**
	 * GLPI answered something it cannot have meant (malformed pages, ignored filters, a
	 * refused purge).
	 */
	PROTOCOL,

	/** The figures were stored but a publisher (workbook, mail, figures) failed. */
	PUBLISH,

	/** The database could not be written (full disk, read-only file). */
	STORAGE,

	/** A bug: the log has the details. */
	INTERNAL

}
