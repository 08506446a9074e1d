package io.glpiwallboard.simulator;

import java.util.List;

/**
 * Pools of ticket titles and bodies. Tickets share these strings (no per-ticket copies),
 * which is what keeps a million-ticket store inside a small heap. The pools deliberately
 * contain hostile text: HTML and script tags, formula-like prefixes for spreadsheet
 * exports, several scripts and emoji.
 */
final class SampleTexts {

	static final List<String> TITLES = List.of("Printer on 3rd floor not working", "Cannot connect to VPN",
			"Outlook keeps asking for password", "New laptop for onboarding", "Request access to shared drive",
			"Wi-Fi very slow in meeting room", "Password reset", "Screen flickering after update",
			"ERP invoice export fails with error 500", "Badge reader at entrance broken", "Imprimante HS au 3e étage",
			"Impossible d'ouvrir les pièces jointes", "Demande de création de compte pour un stagiaire",
			"Téléphone fixe sans tonalité", "Écran noir au démarrage", "Drucker druckt nur leere Seiten",
			"Zugriff auf Laufwerk Ü: verweigert", "Bildschirm flackert nach Update",
			"Neuer Mitarbeiter: Hardware bestellen", "La stampante non risponde", "No puedo acceder al correo",
			"プリンターが動きません", "日本語の入力ができない", "VPN接続エラー 🚨", "Laptop battery swollen 🔋⚠️",
			"Coffee machine leaking ☕ (not IT but urgent)", "<script>alert(1)</script>",
			"<b>bold</b> title from e-mail gateway", "Mail with <img src=x onerror=alert(2)> in subject",
			"=HYPERLINK(\"http://x\",\"click\")", "=1+1", "+33 6 12 34 56 78 ne répond plus", "-5°C in server room?",
			"@channel Teams notifications missing", "Tab\tand \"quotes\" and 'apostrophes' in title",
			"Backslash \\\\server\\share unreachable", "Semicolon; comma, and pipe | in title",
			"Very long title: "
					+ "the quarterly reporting workbook refuses to refresh its external data connections ".repeat(3)
						.trim(),
			"Ünïcödé ñame with accents àéîõü", "Zugangsdaten für SAP gesperrt",
			"Projector in room Étoile shows no signal", "Request: install Python 3.12 on build agent",
			"Phishing e-mail reported by user", "Antivirus alert on workstation WS-0042",
			"Certificate expired on intranet.example.org", "Disk full on file server FS01",
			"Mobile phone replacement (screen cracked 📱)", "Access request: Finance SharePoint",
			"Keyboard missing keys Ä Ö Ü", "Slow ERP month-end closing");

	static final List<String> CONTENTS = List.of(
			"<p>Hello,</p><p>since this morning it does not work any more. Could you please have a look?</p><p>Thanks</p>",
			"<p>Bonjour,</p><p>le problème persiste depuis hier. Merci de votre aide.</p>",
			"<p>Guten Tag,</p><p>bitte um schnelle Rückmeldung, das Team kann nicht arbeiten.</p>",
			"<p>お疲れ様です。</p><p>至急対応をお願いします。</p>",
			"<p>Steps to reproduce:</p><ol><li>Open the application</li><li>Click <b>Export</b></li><li>Error</li></ol>",
			"<p>User reports: <em>&quot;nothing happens&quot;</em> &amp; the screen freezes.</p>",
			"<p>&lt;script&gt;alert(&#039;x&#039;)&lt;/script&gt; was pasted by the user.</p>",
			"<div><p>Forwarded message</p><blockquote>Original text with a <a href=\"http://example.org\">link</a></blockquote></div>",
			"<p>Urgent 🚨 – management meeting at 14:00.</p>", "<p></p>");

	private SampleTexts() {
	}

}
