<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About EUCORA Console</source>
        <translation>Über EUCORA-Konsole</translation>
    </message>
    <message>
        <source>Operations dashboard for the EUCORA control plane: deployments, ring promotions and circuit breakers.</source>
        <translation>Betriebs-Dashboard für die EUCORA-Steuerungsebene: Deployments, Ring-Promotionen und Circuit Breaker.</translation>
    </message>
    <message>
        <source>Prometheus:</source>
        <translation>Prometheus:</translation>
    </message>
    <message>
        <source>Control plane:</source>
        <translation>Steuerungsebene:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
</context>
<context>
    <name>BreakerResetDialog</name>
    <message>
        <source>Reset circuit breaker</source>
        <translation>Circuit Breaker zurücksetzen</translation>
    </message>
    <message>
        <source>Resetting closes the breaker and zeroes its failure counter: calls to the service resume at once.</source>
        <translation>Das Zurücksetzen schließt den Breaker und setzt seinen Fehlerzähler auf null: Aufrufe des Dienstes laufen sofort wieder.</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Dienst:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Failures:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>Reset timeout:</source>
        <translation>Rücksetz-Timeout:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>En&amp;tfernen</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>production, lab, …</source>
        <translation>Produktion, Labor, …</translation>
    </message>
    <message>
        <source>&amp;Prometheus URL:</source>
        <translation>&amp;Prometheus-URL:</translation>
    </message>
    <message>
        <source>https://prometheus.example.com</source>
        <translation>https://prometheus.example.com</translation>
    </message>
    <message>
        <source>C&amp;ontrol-plane URL:</source>
        <translation>C&amp;ontrol-Plane-URL:</translation>
    </message>
    <message>
        <source>https://eucora.example.com</source>
        <translation>https://eucora.example.com</translation>
    </message>
    <message>
        <source>Prometheus authentication</source>
        <translation>Prometheus-Anmeldung</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Verfahren:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Basic (user and password)</source>
        <translation>Basic (Benutzer und Passwort)</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word or token:</source>
        <translation>Pass&amp;wort oder Token:</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>&amp;CA bundle:</source>
        <translation>&amp;CA-Bündel:</translation>
    </message>
    <message>
        <source>system CAs only</source>
        <translation>nur die CAs des Systems</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>Client-Z&amp;ertifikat:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Client-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Trusted certificates:</source>
        <translation>Vertraute Zertifikate:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Network and window</source>
        <translation>Netzwerk und Zeitfenster</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>Systemeinstellungen</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>Anfrage-&amp;Timeout:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Default &amp;range:</source>
        <translation>Standard-&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Last 1 hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Letzte 6 Stunden</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Re&amp;fresh every:</source>
        <translation>A&amp;ktualisieren alle:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Trust this certificate…</source>
        <translation>Diesem Zertifikat vertrauen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save and co&amp;nnect</source>
        <translation>Speichern und ver&amp;binden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>EngineText</name>
    <message>
        <source>engine not identified</source>
        <translation>Engine nicht erkannt</translation>
    </message>
    <message>
        <source>%1 (version not reported)</source>
        <translation>%1 (Version nicht angegeben)</translation>
    </message>
    <message>
        <source>the newest %1 s are held back (-search.latencyOffset)</source>
        <translation>die neuesten %1 s werden zurückgehalten (-search.latencyOffset)</translation>
    </message>
    <message>
        <source>no rules API (alerts and rules come from vmalert)</source>
        <translation>keine Regel-API (Alarme und Regeln kommen von vmalert)</translation>
    </message>
    <message>
        <source>no metric metadata</source>
        <translation>keine Metrik-Metadaten</translation>
    </message>
    <message>
        <source>the server did not say which engine it is (HTTP %1 from status/buildinfo)</source>
        <translation>der Server hat nicht gesagt, welche Engine er ist (HTTP %1 von status/buildinfo)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to the control plane</source>
        <translation>Bei der Control Plane anmelden</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Remember password in the keychain</source>
        <translation>Passwort im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Without it only the session is kept (in the keychain, until it expires); the password is asked for again then.</source>
        <translation>Ohne diese Option wird nur die Sitzung aufbewahrt (im Schlüsselbund, bis sie abläuft); danach wird das Passwort erneut abgefragt.</translation>
    </message>
</context>
<context>
    <name>RollbackDialog</name>
    <message>
        <source>Roll back deployment</source>
        <translation>Deployment zurückrollen</translation>
    </message>
    <message>
        <source>Roll back this deployment? The control plane starts a rollback task on the ring&apos;s connector.</source>
        <translation>Dieses Deployment zurückrollen? Die Control Plane startet einen Rollback-Task auf dem Connector des Rings.</translation>
    </message>
    <message>
        <source>Application:</source>
        <translation>Anwendung:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Target ring:</source>
        <translation>Ziel-Ring:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Correlation id:</source>
        <translation>Correlation-ID:</translation>
    </message>
    <message>
        <source>&amp;Reason (required; sent to the server and kept in the audit log):</source>
        <translation>&amp;Begründung (Pflicht; wird an den Server gesendet und im Audit-Log festgehalten):</translation>
    </message>
    <message>
        <source>Why is this deployment rolled back?</source>
        <translation>Warum wird dieses Deployment zurückgerollt?</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Try again (same request)</source>
        <translation>Erneut versuchen (gleiche Anfrage)</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Zurückrollen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>SeedDialog</name>
    <message>
        <source>Seed demo data</source>
        <translation>Demodaten anlegen</translation>
    </message>
    <message>
        <source>&amp;Assets:</source>
        <translation>&amp;Geräte:</translation>
    </message>
    <message>
        <source>A&amp;pplications:</source>
        <translation>A&amp;nwendungen:</translation>
    </message>
    <message>
        <source>&amp;Deployments:</source>
        <translation>&amp;Deployments:</translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Events:</source>
        <translation>&amp;Ereignisse:</translation>
    </message>
    <message>
        <source>&amp;Clear existing demo data first</source>
        <translation>Vorhandene Demodaten &amp;zuerst löschen</translation>
    </message>
    <message>
        <source>Run in the &amp;background as a server task and follow its progress</source>
        <translation>Im &amp;Hintergrund als Server-Task ausführen und den Fortschritt verfolgen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Demo mode is off, so the new rows are hidden. Turn demo mode on?</source>
        <translation>Der Demomodus ist aus, daher sind die neuen Zeilen verborgen. Demomodus einschalten?</translation>
    </message>
    <message>
        <source>Turn demo mode &amp;on</source>
        <translation>Demomodus ein&amp;schalten</translation>
    </message>
    <message>
        <source>Leave it off</source>
        <translation>Ausgeschaltet lassen</translation>
    </message>
    <message>
        <source>Cancel &amp;task</source>
        <translation>&amp;Task abbrechen</translation>
    </message>
    <message>
        <source>&amp;Seed</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>TimeRangeDialog</name>
    <message>
        <source>Absolute time range</source>
        <translation>Absoluter Zeitraum</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
</context>
<context>
    <name>eucora::ApiError</name>
    <message>
        <source>network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>HTTP-Fehler</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <translation>unlesbare Antwort</translation>
    </message>
    <message>
        <source>answer too large</source>
        <translation>Antwort zu groß</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the server answered with an empty body</source>
        <translation>der Server hat mit leerem Inhalt geantwortet</translation>
    </message>
</context>
<context>
    <name>eucora::ServerProbe</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>eucora::actions::AuditLog</name>
    <message>
        <source>audit log %1: %2</source>
        <translation>Audit-Log %1: %2</translation>
    </message>
    <message>
        <source>cannot create its folder</source>
        <translation>sein Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>another program holds its lock</source>
        <translation>ein anderes Programm hält seine Sperre</translation>
    </message>
</context>
<context>
    <name>eucora::actions::Availability</name>
    <message>
        <source>read-only mode (--read-only)</source>
        <translation>Nur-Lese-Modus (--read-only)</translation>
    </message>
    <message>
        <source>this control plane has no rollback endpoint</source>
        <translation>diese Control Plane hat keinen Rollback-Endpunkt</translation>
    </message>
    <message>
        <source>sign in to the control plane first</source>
        <translation>zuerst bei der Control Plane anmelden</translation>
    </message>
    <message>
        <source>only staff users can seed demo data or switch demo mode (%1 is not staff)</source>
        <translation>nur Staff-Benutzer können Demodaten anlegen oder den Demomodus umschalten (%1 ist kein Staff)</translation>
    </message>
    <message>
        <source>only staff users can reset circuit breakers (%1 is not staff)</source>
        <translation>nur Staff-Benutzer können Circuit Breaker zurücksetzen (%1 ist kein Staff)</translation>
    </message>
</context>
<context>
    <name>eucora::actions::BreakerResetAction</name>
    <message>
        <source>reset of the %1 breaker drafted</source>
        <translation>Zurücksetzen des Breakers %1 vorbereitet</translation>
    </message>
    <message>
        <source>a reset of this breaker is already in flight</source>
        <translation>ein Zurücksetzen dieses Breakers läuft bereits</translation>
    </message>
    <message>
        <source>this reset was already sent; start a new one</source>
        <translation>dieses Zurücksetzen wurde bereits gesendet; bitte ein neues starten</translation>
    </message>
    <message>
        <source>confirmed by %1</source>
        <translation>bestätigt von %1</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>reset to closed</source>
        <translation>auf geschlossen zurückgesetzt</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>zurückgesetzt</translation>
    </message>
    <message>
        <source>after the request without a usable answer</source>
        <translation>nach der Anfrage ohne verwertbare Antwort</translation>
    </message>
    <message>
        <source>%1; the breaker could not be read back (%2)</source>
        <translation>%1; der Breaker konnte nicht erneut gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1; the breaker is now %2 (%3 of %4 failures)</source>
        <translation>%1; der Breaker ist jetzt im Zustand %2 (%3 von %4 Fehlern)</translation>
    </message>
    <message>
        <source>reading the breaker back</source>
        <translation>der Breaker wird erneut gelesen</translation>
    </message>
</context>
<context>
    <name>eucora::actions::OperatorAction</name>
    <message>
        <source>the control plane asked to wait: try again in %1 s</source>
        <translation>die Control Plane hat um Wartezeit gebeten: erneut versuchen in %1 s</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>nicht gesendet: %1</translation>
    </message>
    <message>
        <source>the session expired while following task %1: sign in again and check the outcome</source>
        <translation>die Sitzung ist abgelaufen, während Task %1 verfolgt wurde: erneut anmelden und das Ergebnis prüfen</translation>
    </message>
    <message>
        <source>task %1 had not ended after %2 s (last state %3); check again later</source>
        <translation>Task %1 war nach %2 s nicht beendet (letzter Zustand %3); später erneut prüfen</translation>
    </message>
    <message>
        <source>no usable answer (%1): %2</source>
        <translation>keine verwertbare Antwort (%1): %2</translation>
    </message>
</context>
<context>
    <name>eucora::actions::RollbackAction</name>
    <message>
        <source>rollback of %1 %2 (ring %3, status %4) drafted</source>
        <translation>Rollback von %1 %2 (Ring %3, Status %4) vorbereitet</translation>
    </message>
    <message>
        <source>a reason is required</source>
        <translation>eine Begründung ist erforderlich</translation>
    </message>
    <message>
        <source>the reason is longer than 1000 characters</source>
        <translation>die Begründung ist länger als 1000 Zeichen</translation>
    </message>
    <message>
        <source>this control plane has no rollback endpoint</source>
        <translation>diese Control Plane hat keinen Rollback-Endpunkt</translation>
    </message>
    <message>
        <source>a rollback of this deployment is already in flight</source>
        <translation>ein Rollback dieses Deployments läuft bereits</translation>
    </message>
    <message>
        <source>this rollback was already accepted by the server</source>
        <translation>dieser Rollback wurde vom Server bereits angenommen</translation>
    </message>
    <message>
        <source>the outcome of the last request is unknown: check again, or try again with the same request</source>
        <translation>das Ergebnis der letzten Anfrage ist unbekannt: erneut prüfen oder mit derselben Anfrage erneut versuchen</translation>
    </message>
    <message>
        <source>confirmed by %1</source>
        <translation>bestätigt von %1</translation>
    </message>
    <message>
        <source>the rollback has already ended</source>
        <translation>der Rollback ist bereits beendet</translation>
    </message>
    <message>
        <source>wait: a request or a read-back is in flight</source>
        <translation>bitte warten: eine Anfrage oder ein erneutes Lesen läuft</translation>
    </message>
    <message>
        <source>only a request without an answer can be tried again</source>
        <translation>nur eine Anfrage ohne Antwort kann erneut versucht werden</translation>
    </message>
    <message>
        <source>sent again with the same Idempotency-Key</source>
        <translation>erneut gesendet mit demselben Idempotency-Key</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>accepted earlier: the server already had this request (task %1)</source>
        <translation>bereits früher angenommen: der Server hatte diese Anfrage schon (Task %1)</translation>
    </message>
    <message>
        <source>accepted: task %1, deployment status %2</source>
        <translation>angenommen: Task %1, Deployment-Status %2</translation>
    </message>
    <message>
        <source>still unknown: the deployment could not be read back (%1); check again before trying again</source>
        <translation>weiter unbekannt: das Deployment konnte nicht erneut gelesen werden (%1); vor einem neuen Versuch erneut prüfen</translation>
    </message>
    <message>
        <source>the server received the rollback (ROLLBACK_INITIATED at %1, task %2); deployment status now %3</source>
        <translation>der Server hat den Rollback erhalten (ROLLBACK_INITIATED um %1, Task %2); Deployment-Status jetzt %3</translation>
    </message>
    <message>
        <source>cannot tell: the deployment has more events than one read returns and none of them is this rollback (deployment status %1)</source>
        <translation>nicht feststellbar: das Deployment hat mehr Ereignisse, als ein Lesevorgang liefert, und keines davon ist dieser Rollback (Deployment-Status %1)</translation>
    </message>
    <message>
        <source>the server has no record of this rollback: nothing happened (deployment status %1). Try again sends the same request.</source>
        <translation>der Server kennt diesen Rollback nicht: nichts ist geschehen (Deployment-Status %1). Erneut versuchen sendet dieselbe Anfrage.</translation>
    </message>
    <message>
        <source>accepted without a task to follow</source>
        <translation>angenommen, ohne Task zum Verfolgen</translation>
    </message>
    <message>
        <source>accepted; following the task</source>
        <translation>angenommen; der Task wird verfolgt</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>zurückgerollt</translation>
    </message>
    <message>
        <source>the rollback failed: %1</source>
        <translation>der Rollback ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the rollback task was revoked</source>
        <translation>der Rollback-Task wurde widerrufen</translation>
    </message>
    <message>
        <source>%1; deployment status %2</source>
        <translation>%1; Deployment-Status %2</translation>
    </message>
    <message>
        <source>%1; the deployment could not be read back (%2)</source>
        <translation>%1; das Deployment konnte nicht erneut gelesen werden (%2)</translation>
    </message>
    <message>
        <source>the server may or may not have started the rollback; reading the deployment back</source>
        <translation>der Server hat den Rollback möglicherweise gestartet, möglicherweise nicht; das Deployment wird erneut gelesen</translation>
    </message>
</context>
<context>
    <name>eucora::actions::SeedAction</name>
    <message>
        <source>%1 assets, %2 applications, %3 deployments, %4 events, %5 users</source>
        <translation>%1 Geräte, %2 Anwendungen, %3 Deployments, %4 Ereignisse, %5 Benutzer</translation>
    </message>
    <message>
        <source>seeding demo data drafted</source>
        <translation>Anlegen von Demodaten vorbereitet</translation>
    </message>
    <message>
        <source>a seed is already in flight</source>
        <translation>ein Anlegen läuft bereits</translation>
    </message>
    <message>
        <source>this seed was already sent; start a new one</source>
        <translation>dieses Anlegen wurde bereits gesendet; bitte ein neues starten</translation>
    </message>
    <message>
        <source>counts cannot be negative</source>
        <translation>Anzahlen dürfen nicht negativ sein</translation>
    </message>
    <message>
        <source>confirmed: %1 assets, %2 applications, %3 deployments, %4 events, %5 users%6</source>
        <translation>bestätigt: %1 Geräte, %2 Anwendungen, %3 Deployments, %4 Ereignisse, %5 Benutzer%6</translation>
    </message>
    <message>
        <source>, replacing the existing demo data</source>
        <translation>, ersetzt die vorhandenen Demodaten</translation>
    </message>
    <message>
        <source>sent (runs as a server task)</source>
        <translation>gesendet (läuft als Server-Task)</translation>
    </message>
    <message>
        <source>sent (runs synchronously)</source>
        <translation>gesendet (läuft synchron)</translation>
    </message>
    <message>
        <source>seeded: %1</source>
        <translation>angelegt: %1</translation>
    </message>
    <message>
        <source>queued as task %1</source>
        <translation>eingereiht als Task %1</translation>
    </message>
    <message>
        <source>after the request without a usable answer</source>
        <translation>nach der Anfrage ohne verwertbare Antwort</translation>
    </message>
    <message>
        <source>only a queued seed that is still running can be cancelled</source>
        <translation>nur ein eingereihtes Anlegen, das noch läuft, kann abgebrochen werden</translation>
    </message>
    <message>
        <source>cancelling task %1</source>
        <translation>Task %1 wird abgebrochen</translation>
    </message>
    <message>
        <source>revoke requested</source>
        <translation>Widerruf angefordert</translation>
    </message>
    <message>
        <source>the cancel failed (%1); the seed goes on</source>
        <translation>das Abbrechen ist fehlgeschlagen (%1); das Anlegen läuft weiter</translation>
    </message>
    <message>
        <source>queued; following the task</source>
        <translation>eingereiht; der Task wird verfolgt</translation>
    </message>
    <message>
        <source>seeded</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the seed failed: %1</source>
        <translation>das Anlegen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1; the demo data could not be read back (%2)</source>
        <translation>%1; die Demodaten konnten nicht erneut gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1; demo data now: %2</source>
        <translation>%1; Demodaten jetzt: %2</translation>
    </message>
    <message>
        <source>%1; demo mode unknown (%2)</source>
        <translation>%1; Demomodus unbekannt (%2)</translation>
    </message>
    <message>
        <source>%1; demo mode is off, so the new rows are hidden</source>
        <translation>%1; der Demomodus ist aus, daher sind die neuen Zeilen verborgen</translation>
    </message>
    <message>
        <source>switching demo mode on</source>
        <translation>Demomodus wird eingeschaltet</translation>
    </message>
    <message>
        <source>demo mode is on</source>
        <translation>der Demomodus ist an</translation>
    </message>
    <message>
        <source>demo mode is still off</source>
        <translation>der Demomodus ist weiter aus</translation>
    </message>
    <message>
        <source>demo mode could not be switched on: %1</source>
        <translation>der Demomodus konnte nicht eingeschaltet werden: %1</translation>
    </message>
    <message>
        <source>reading the demo data back</source>
        <translation>die Demodaten werden erneut gelesen</translation>
    </message>
</context>
<context>
    <name>eucora::app::ActionDialog</name>
    <message>
        <source>Not sent yet.</source>
        <translation>Noch nicht gesendet.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Refused by the control plane.</source>
        <translation>Von der Control Plane abgelehnt.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>The audit log could not be written: %1</source>
        <translation>Das Audit-Log konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
</context>
<context>
    <name>eucora::app::ActionGate</name>
    <message>
        <source>Action not available</source>
        <translation>Aktion nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>eucora::app::AlertList</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open what it is about</source>
        <translation>Öffnen, worum es geht</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Active since</source>
        <translation>Aktiv seit</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Select an alert: opens the view and time window of what it is about (a breaker, a connector, deployments, ring promotions).</source>
        <translation>Einen Alarm auswählen: öffnet die Ansicht und das Zeitfenster dessen, worum es geht (ein Breaker, ein Connector, Deployments, Ring-Promotionen).</translation>
    </message>
    <message>
        <source>Reading Prometheus&apos; alerts…</source>
        <translation>Alarme von Prometheus werden gelesen…</translation>
    </message>
    <message>
        <source>Prometheus&apos; alerts could not be read: %1</source>
        <translation>Die Alarme von Prometheus konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No alert is firing or pending (Prometheus /api/v1/alerts).</source>
        <translation>Kein Alarm ist ausgelöst oder anstehend (Prometheus /api/v1/alerts).</translation>
    </message>
    <message numerus="yes">
        <source>%n firing, </source>
        <translation>
            <numerusform>%n ausgelöst, </numerusform>
            <numerusform>%n ausgelöst, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending (Prometheus /api/v1/alerts)</source>
        <translation>
            <numerusform>%n anstehend (Prometheus /api/v1/alerts)</numerusform>
            <numerusform>%n anstehend (Prometheus /api/v1/alerts)</numerusform>
        </translation>
    </message>
    <message>
        <source> · not refreshed: %1</source>
        <translation> · nicht aktualisiert: %1</translation>
    </message>
    <message>
        <source>no severity</source>
        <translation>ohne Schweregrad</translation>
    </message>
    <message>
        <source>%1 — %2 firing, %3 pending</source>
        <translation>%1 — %2 ausgelöst, %3 anstehend</translation>
    </message>
</context>
<context>
    <name>eucora::app::AlertsFeed</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>This server has no rules API: %1 serves alerts and rules only through vmalert (-vmalert.proxyURL).</source>
        <translation>Dieser Server hat keine Regel-API: %1 liefert Alarme und Regeln nur über vmalert (-vmalert.proxyURL).</translation>
    </message>
    <message>
        <source>This server has no rules API (HTTP %1 from /api/v1/rules and /api/v1/alerts).</source>
        <translation>Dieser Server hat keine Regel-API (HTTP %1 von /api/v1/rules und /api/v1/alerts).</translation>
    </message>
    <message>
        <source>vmalert behind %1 (-vmalert.proxyURL) is not answering (HTTP 502)</source>
        <translation>vmalert hinter %1 (-vmalert.proxyURL) antwortet nicht (HTTP 502)</translation>
    </message>
    <message>
        <source>No rules API</source>
        <translation>Keine Regel-API</translation>
    </message>
</context>
<context>
    <name>eucora::app::ApiPoller</name>
    <message>
        <source>not signed in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <source>Checking the session…</source>
        <translation>Sitzung wird geprüft…</translation>
    </message>
    <message>
        <source>The session has expired: sign in again to see current data.</source>
        <translation>Die Sitzung ist abgelaufen: erneut anmelden, um aktuelle Daten zu sehen.</translation>
    </message>
    <message>
        <source>Sign in to the control plane.</source>
        <translation>Bei der Control Plane anmelden.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 · updated %2</source>
        <translation>%1 · aktualisiert %2</translation>
    </message>
    <message>
        <source>Not refreshed: %1</source>
        <translation>Nicht aktualisiert: %1</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Throttled</source>
        <translation>Gedrosselt</translation>
    </message>
    <message>
        <source>the control plane asked to wait: next try in %1 s</source>
        <translation>die Control Plane bat zu warten: nächster Versuch in %1 s</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Endgültig</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Ruht</translation>
    </message>
    <message>
        <source>no longer moves: not read again; %1</source>
        <translation>ändert sich nicht mehr: wird nicht erneut gelesen; %1</translation>
    </message>
    <message>
        <source>nothing selected</source>
        <translation>nichts ausgewählt</translation>
    </message>
</context>
<context>
    <name>eucora::app::AttentionList</name>
    <message numerus="yes">
        <source>%n in the window, from the newest 100 events</source>
        <translation>
            <numerusform>%n im Zeitraum, aus den neuesten 100 Ereignissen</numerusform>
            <numerusform>%n im Zeitraum, aus den neuesten 100 Ereignissen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the window</source>
        <translation>
            <numerusform>%n im Zeitraum</numerusform>
            <numerusform>%n im Zeitraum</numerusform>
        </translation>
    </message>
    <message>
        <source>The control plane sends its newest 100 deployments and events only: in a busy or older window, some may be missing.</source>
        <translation>Die Control Plane sendet nur ihre neuesten 100 Deployments und Ereignisse: in einem belebten oder älteren Zeitraum können einige fehlen.</translation>
    </message>
</context>
<context>
    <name>eucora::app::AuditView</name>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>No operator action recorded yet (%1).</source>
        <translation>Noch keine Operator-Aktion aufgezeichnet (%1).</translation>
    </message>
    <message>
        <source>Audit log %1 · entries: %2</source>
        <translation>Audit-Log %1 · Einträge: %2</translation>
    </message>
    <message>
        <source>%1; %2 unreadable lines skipped</source>
        <translation>%1; %2 unlesbare Zeilen übersprungen</translation>
    </message>
</context>
<context>
    <name>eucora::app::BreakerBoardFeed</name>
    <message>
        <source>Sign in to the control plane to see its own view of the breakers.</source>
        <translation>Bei der Control Plane anmelden, um ihre eigene Sicht auf die Breaker zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>API: %n breaker(s) not closed</source>
        <translation>
            <numerusform>API: %n Breaker nicht geschlossen</numerusform>
            <numerusform>API: %n Breaker nicht geschlossen</numerusform>
        </translation>
    </message>
    <message>
        <source>Prometheus, %1</source>
        <translation>Prometheus, %1</translation>
    </message>
    <message>
        <source>Degraded: the control plane&apos;s /api/v1/metrics/ at %1 (Prometheus: %2)</source>
        <translation>Eingeschränkt: /api/v1/metrics/ der Control Plane um %1 (Prometheus: %2)</translation>
    </message>
    <message>
        <source>no metrics: Prometheus: %1; /api/v1/metrics/: %2</source>
        <translation>keine Metriken: Prometheus: %1; /api/v1/metrics/: %2</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <source>metrics loading…</source>
        <translation>Metriken werden geladen…</translation>
    </message>
    <message>
        <source>metrics %1; API %2</source>
        <translation>Metriken %1; API %2</translation>
    </message>
    <message>
        <source>API: %1; metrics live</source>
        <translation>API: %1; Metriken aktuell</translation>
    </message>
</context>
<context>
    <name>eucora::app::BreakerGrid</name>
    <message>
        <source>UNKNOWN</source>
        <translation>UNBEKANNT</translation>
    </message>
    <message>
        <source>Execution-plane connectors</source>
        <translation>Connectoren der Ausführungsebene</translation>
    </message>
    <message>
        <source>ITSM</source>
        <translation>ITSM</translation>
    </message>
    <message>
        <source>SIEM / telemetry</source>
        <translation>SIEM / Telemetrie</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>AI / LLM</source>
        <translation>KI / LLM</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <source>Generic</source>
        <translation>Allgemein</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n worker(s)</source>
        <translation>
            <numerusform>%1 · %n Worker</numerusform>
            <numerusform>%1 · %n Worker</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · pid %2</source>
        <translation>%1 · PID %2</translation>
    </message>
    <message>
        <source>no change inside the window</source>
        <translation>keine Änderung im Zeitfenster</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>geändert %1</translation>
    </message>
    <message>
        <source>Reset…</source>
        <translation>Zurücksetzen…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>API, %1 (as seen by the API worker that answered)</source>
        <translation>API, %1 (aus Sicht des API-Workers, der geantwortet hat)</translation>
    </message>
    <message>
        <source>API not read yet</source>
        <translation>API noch nicht gelesen</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API: %1</translation>
    </message>
    <message>
        <source>Metric: circuit_breaker_state, the most severe state over the worker pids — %1 · %2</source>
        <translation>Metrik: circuit_breaker_state, der schwerste Zustand über die Worker-PIDs — %1 · %2</translation>
    </message>
    <message>
        <source>API: %1 · %2/%3 failures</source>
        <translation>API: %1 · %2/%3 Fehler</translation>
    </message>
    <message>
        <source>API: —</source>
        <translation>API: —</translation>
    </message>
    <message>
        <source>Metric: %1</source>
        <translation>Metrik: %1</translation>
    </message>
    <message>
        <source>Metric: no series</source>
        <translation>Metrik: keine Serie</translation>
    </message>
    <message>
        <source> · trial call in %1 s</source>
        <translation> · Probeaufruf in %1 s</translation>
    </message>
    <message>
        <source> · reset timeout passed: next call is the trial</source>
        <translation> · Rücksetz-Timeout abgelaufen: der nächste Aufruf ist der Probeaufruf</translation>
    </message>
    <message>
        <source> · reset timeout %1 s</source>
        <translation> · Rücksetz-Timeout %1 s</translation>
    </message>
    <message>
        <source>⚠ Sources disagree: API %1, metric %2</source>
        <translation>⚠ Quellen widersprechen sich: API %1, Metrik %2</translation>
    </message>
    <message>
        <source>%1 (%2): fail_max %3, reset_timeout %4 s.
API: %5
Metric: %6
%7</source>
        <translation>%1 (%2): fail_max %3, reset_timeout %4 s.
API: %5
Metrik: %6
%7</translation>
    </message>
    <message>
        <source>%1, fail_counter %2 (the state of the API worker that answered; other workers may differ)</source>
        <translation>%1, fail_counter %2 (der Zustand des API-Workers, der geantwortet hat; andere Worker können abweichen)</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
    <message numerus="yes">
        <source>%1 from %n worker series; pid %2 holds it (a dead worker&apos;s gauge stays in the metrics and is not dropped)</source>
        <translation>
            <numerusform>%1 aus %n Worker-Serie; PID %2 hält ihn (der Gauge eines toten Workers bleibt in den Metriken und wird nicht verworfen)</numerusform>
            <numerusform>%1 aus %n Worker-Serien; PID %2 hält ihn (der Gauge eines toten Workers bleibt in den Metriken und wird nicht verworfen)</numerusform>
        </translation>
    </message>
    <message>
        <source>no circuit_breaker_state series</source>
        <translation>keine circuit_breaker_state-Serie</translation>
    </message>
    <message>
        <source>Click to show only this breaker in the charts below.</source>
        <translation>Klicken, um in den Diagrammen darunter nur diesen Breaker zu zeigen.</translation>
    </message>
</context>
<context>
    <name>eucora::app::BreakerResetDialog</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Reset; reading the breaker back…</source>
        <translation>Zurückgesetzt; der Breaker wird erneut gelesen…</translation>
    </message>
    <message>
        <source>No answer: the outcome is unknown; reading the breaker back…</source>
        <translation>Keine Antwort: das Ergebnis ist unbekannt; der Breaker wird erneut gelesen…</translation>
    </message>
    <message>
        <source>Reset.</source>
        <translation>Zurückgesetzt.</translation>
    </message>
    <message>
        <source>The reset did not take effect.</source>
        <translation>Das Zurücksetzen hat nicht gewirkt.</translation>
    </message>
    <message>
        <source>Now: %1, %2 of %3 failures</source>
        <translation>Jetzt: %1, %2 von %3 Fehlern</translation>
    </message>
</context>
<context>
    <name>eucora::app::BreakersView</name>
    <message>
        <source>select a breaker to reset</source>
        <translation>Breaker zum Zurücksetzen auswählen</translation>
    </message>
    <message>
        <source>Reset…</source>
        <translation>Zurücksetzen…</translation>
    </message>
    <message>
        <source>Sign in to the control plane to see its circuit breakers.</source>
        <translation>Bei der Control Plane anmelden, um ihre Circuit Breaker zu sehen.</translation>
    </message>
    <message>
        <source>Breakers: %1 · not closed: %2</source>
        <translation>Breaker: %1 · nicht geschlossen: %2</translation>
    </message>
</context>
<context>
    <name>eucora::app::ChartLegend</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eucora::app::ConnectionsDialog</name>
    <message>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Test connection checks both servers: reachability, TLS, authentication and what answers.</source>
        <translation>„Verbindung testen“ prüft beide Server: Erreichbarkeit, TLS, Anmeldung und wer antwortet.</translation>
    </message>
    <message>
        <source>CA bundle (PEM)</source>
        <translation>CA-Bündel (PEM)</translation>
    </message>
    <message>
        <source>Client certificate (PEM)</source>
        <translation>Client-Zertifikat (PEM)</translation>
    </message>
    <message>
        <source>Client key (PEM)</source>
        <translation>Client-Schlüssel (PEM)</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot; first?</source>
        <translation>Änderungen an „%1“ zuerst speichern?</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; and the secrets it keeps in the keychain?</source>
        <translation>„%1“ und die Geheimnisse im Schlüsselbund entfernen?</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.cer *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A connection named &quot;%1&quot; exists already.</source>
        <translation>Eine Verbindung namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Testing %1 and %2…</source>
        <translation>Teste %1 und %2…</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#2e7d32&quot;&gt;&lt;b&gt;Both servers answered as expected.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#2e7d32&quot;&gt;&lt;b&gt;Beide Server haben wie erwartet geantwortet.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#c62828&quot;&gt;&lt;b&gt;Not every check passed.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#c62828&quot;&gt;&lt;b&gt;Nicht jede Prüfung war erfolgreich.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Trust the certificate of %1…</source>
        <translation>Dem Zertifikat von %1 vertrauen…</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 presented a certificate this computer does not trust (%2).&lt;/p&gt;&lt;p&gt;Subject: %3&lt;br/&gt;Issuer: %4&lt;br/&gt;Valid: %5 to %6&lt;br/&gt;SHA-256: &lt;tt&gt;%7&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Compare the fingerprint with the one your administrator gave you. Trusting it applies to this connection and this server only; a different certificate is refused again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 hat ein Zertifikat vorgelegt, dem dieser Rechner nicht vertraut (%2).&lt;/p&gt;&lt;p&gt;Inhaber: %3&lt;br/&gt;Aussteller: %4&lt;br/&gt;Gültig: %5 bis %6&lt;br/&gt;SHA-256: &lt;tt&gt;%7&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Vergleichen Sie den Fingerabdruck mit dem, den Ihnen Ihr Administrator genannt hat. Das Vertrauen gilt nur für diese Verbindung und diesen Server; ein anderes Zertifikat wird wieder abgelehnt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>Diesem Zertifikat vertrauen?</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Diesem Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>Trusted for this connection once saved.</source>
        <translation>Vertraut für diese Verbindung, sobald sie gespeichert ist.</translation>
    </message>
</context>
<context>
    <name>eucora::app::ConnectorStrip</name>
    <message>
        <source>Metric: connector_health, the lowest over the worker pids — %1 · API: each connector&apos;s health check (read once a minute)</source>
        <translation>Metrik: connector_health, der niedrigste Wert über die Worker-PIDs — %1 · API: die Zustandsprüfung jedes Connectors (einmal pro Minute gelesen)</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>UNBEKANNT</translation>
    </message>
    <message>
        <source>HEALTHY</source>
        <translation>GESUND</translation>
    </message>
    <message>
        <source>UNHEALTHY</source>
        <translation>GESTÖRT</translation>
    </message>
    <message>
        <source>Metric: %1</source>
        <translation>Metrik: %1</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <source>unhealthy</source>
        <translation>gestört</translation>
    </message>
    <message>
        <source>Metric: no series</source>
        <translation>Metrik: keine Serie</translation>
    </message>
    <message>
        <source>API check: %1</source>
        <translation>API-Prüfung: %1</translation>
    </message>
    <message>
        <source>API check: not read</source>
        <translation>API-Prüfung: nicht gelesen</translation>
    </message>
    <message>
        <source>API check: —</source>
        <translation>API-Prüfung: —</translation>
    </message>
    <message>
        <source>⚠ Sources disagree</source>
        <translation>⚠ Quellen widersprechen sich</translation>
    </message>
    <message>
        <source>%1
API health check: %2</source>
        <translation>%1
API-Zustandsprüfung: %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>eucora::app::ConsoleLauncher</name>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
</context>
<context>
    <name>eucora::app::ConsoleOptions</name>
    <message>
        <source>--%1 expects an http or https URL, got &quot;%2&quot;</source>
        <translation>--%1 erwartet eine http- oder https-URL, erhalten: „%2“</translation>
    </message>
    <message>
        <source>Operations console for the EUCORA control plane: deployments, ring promotions and circuit breakers from Prometheus and the control-plane API.</source>
        <translation>Betriebskonsole für die EUCORA-Steuerungsebene: Deployments, Ring-Promotionen und Circuit Breaker aus Prometheus und der Steuerungs-API.</translation>
    </message>
    <message>
        <source>Seconds between panel refreshes (default %1).</source>
        <translation>Sekunden zwischen Aktualisierungen der Panels (Standard %1).</translation>
    </message>
    <message>
        <source>Time window shown, ending now: 5m, 15m, 1h, 6h, 24h, ... (default 1h).</source>
        <translation>Angezeigtes Zeitfenster bis jetzt: 5m, 15m, 1h, 6h, 24h, ... (Standard 1h).</translation>
    </message>
    <message>
        <source>Disable every operator action (seed, rollback, breaker reset), e.g. to review an incident on a shared screen.</source>
        <translation>Alle Operator-Aktionen abschalten (Demodaten, Rollback, Breaker-Reset), z. B. um einen Vorfall auf einem geteilten Bildschirm durchzugehen.</translation>
    </message>
    <message>
        <source>--refresh expects a number of seconds between 1 and 86400</source>
        <translation>--refresh erwartet eine Sekundenzahl zwischen 1 und 86400</translation>
    </message>
    <message>
        <source>--range expects a duration between 1m and 400d, such as 15m or 6h</source>
        <translation>--range erwartet eine Dauer zwischen 1m und 400d, etwa 15m oder 6h</translation>
    </message>
    <message>
        <source>Open a Grafana dashboard JSON file as an extra view (repeatable).</source>
        <translation>Eine Grafana-Dashboard-JSON-Datei als zusätzliche Ansicht öffnen (wiederholbar).</translation>
    </message>
    <message>
        <source>The view to show: overview, deployments, rings, breakers, alerts, events, audit, or a loaded dashboard&apos;s uid.</source>
        <translation>Die anzuzeigende Ansicht: overview, deployments, rings, breakers, alerts, events, audit oder die uid eines geladenen Dashboards.</translation>
    </message>
    <message>
        <source>Start of the window: RFC 3339, Unix seconds or now-6h.</source>
        <translation>Beginn des Zeitraums: RFC 3339, Unix-Sekunden oder now-6h.</translation>
    </message>
    <message>
        <source>End of the window (default now).</source>
        <translation>Ende des Zeitraums (Standard: jetzt).</translation>
    </message>
    <message>
        <source>Set a dashboard variable (repeatable).</source>
        <translation>Eine Dashboard-Variable setzen (wiederholbar).</translation>
    </message>
    <message>
        <source>Write the view as a PNG once every panel has answered, then exit.</source>
        <translation>Die Ansicht als PNG schreiben, sobald jedes Panel geantwortet hat, dann beenden.</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1600x1000).</source>
        <translation>Fenstergröße für --screenshot (Standard 1600x1000).</translation>
    </message>
    <message>
        <source>Write what each panel of the view shows as JSON, then exit.</source>
        <translation>Schreiben, was jedes Panel der Ansicht zeigt, als JSON, dann beenden.</translation>
    </message>
    <message>
        <source>Check the view&apos;s dashboard against the live Prometheus: print what is wrong per panel; exit 0 when nothing is, 1 otherwise.</source>
        <translation>Das Dashboard der Ansicht gegen das laufende Prometheus prüfen: je Panel ausgeben, was falsch ist; Exit 0, wenn nichts, sonst 1.</translation>
    </message>
    <message>
        <source>light or dark (default: the system&apos;s).</source>
        <translation>light oder dark (Standard: das des Systems).</translation>
    </message>
    <message>
        <source>--var expects NAME=VALUE, got &quot;%1&quot;</source>
        <translation>--var erwartet NAME=WERT, erhalten: „%1“</translation>
    </message>
    <message>
        <source>--size expects WIDTHxHEIGHT, such as 1600x1000</source>
        <translation>--size erwartet BREITExHÖHE, etwa 1600x1000</translation>
    </message>
    <message>
        <source>--theme expects light or dark</source>
        <translation>--theme erwartet light oder dark</translation>
    </message>
    <message>
        <source>Measure start time, GUI stalls while --view loads, memory and idle CPU; print them as JSON (tests/bench/console-bench.sh runs it).</source>
        <translation>Startzeit, Blockaden der Oberfläche beim Laden von --view, Speicher und CPU im Leerlauf messen und als JSON ausgeben (tests/bench/console-bench.sh ruft es auf).</translation>
    </message>
    <message>
        <source>Open the saved connection profile NAME (Settings &gt; Connections); default: the profile used last.</source>
        <translation>Das gespeicherte Verbindungsprofil NAME öffnen (Einstellungen &gt; Verbindungen); Vorgabe: das zuletzt benutzte.</translation>
    </message>
    <message>
        <source>Prometheus base URL; overrides the profile&apos;s.</source>
        <translation>Basis-URL von Prometheus; ersetzt die des Profils.</translation>
    </message>
    <message>
        <source>EUCORA control-plane base URL; overrides the profile&apos;s.</source>
        <translation>Basis-URL der EUCORA Control Plane; ersetzt die des Profils.</translation>
    </message>
    <message>
        <source>Trust the CAs in this PEM file besides the system&apos;s (as curl).</source>
        <translation>Den CAs in dieser PEM-Datei zusätzlich zu denen des Systems vertrauen (wie curl).</translation>
    </message>
    <message>
        <source>Client certificate (PEM) for servers that ask for one; needs --key.</source>
        <translation>Client-Zertifikat (PEM) für Server, die eines verlangen; braucht --key.</translation>
    </message>
    <message>
        <source>The client certificate&apos;s PEM private key.</source>
        <translation>Der private PEM-Schlüssel des Client-Zertifikats.</translation>
    </message>
    <message>
        <source>Sign in at start as $EUCORA_USERNAME with the password read from standard input (headless runs also take $EUCORA_PASSWORD).</source>
        <translation>Beim Start als $EUCORA_USERNAME mit dem Passwort von der Standardeingabe anmelden (ohne Fenster auch $EUCORA_PASSWORD).</translation>
    </message>
    <message>
        <source>The servers are a local demo stack (eucora-devstack starts the console so): no offer to save them as a connection profile.</source>
        <translation>Die Server sind ein lokaler Demo-Stack (so startet eucora-devstack die Konsole): kein Angebot, sie als Verbindungsprofil zu speichern.</translation>
    </message>
</context>
<context>
    <name>eucora::app::DashboardPage</name>
    <message numerus="yes">
        <source>%1 %2 (%n panels)</source>
        <translation>
            <numerusform>%1 %2 (%n Panel)</numerusform>
            <numerusform>%1 %2 (%n Panels)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 This panel reads ALERTS, which only an evaluator of the alert rules writes: none may be running, and no alerts here does not mean that all is well.</source>
        <translation>%1 Dieses Panel liest ALERTS, das nur ein Auswerter der Alarmregeln schreibt: Es läuft womöglich keiner, und keine Alarme hier heißt nicht, dass alles in Ordnung ist.</translation>
    </message>
    <message>
        <source>⚠ No rules API: nothing may write ALERTS</source>
        <translation>⚠ Keine Regel-API: ALERTS schreibt womöglich niemand</translation>
    </message>
</context>
<context>
    <name>eucora::app::DeploymentCountTile</name>
    <message>
        <source>from the API&apos;s newest 100</source>
        <translation>aus den neuesten 100 der API</translation>
    </message>
    <message>
        <source>from the API&apos;s list</source>
        <translation>aus der Liste der API</translation>
    </message>
    <message>
        <source>Counted in the control plane&apos;s deployments list at each refresh; the line is what this console has seen since it started (the API keeps no history of these counts).</source>
        <translation>Bei jeder Aktualisierung in der Deployment-Liste der Control Plane gezählt; die Linie zeigt, was diese Konsole seit ihrem Start gesehen hat (die API bewahrt keinen Verlauf dieser Zahlen).</translation>
    </message>
</context>
<context>
    <name>eucora::app::DeploymentDetailView</name>
    <message>
        <source>Select a deployment in the table to see its fields, its rings and its events.</source>
        <translation>Ein Deployment in der Tabelle auswählen, um seine Felder, Ringe und Ereignisse zu sehen.</translation>
    </message>
    <message>
        <source>Roll back…</source>
        <translation>Zurückrollen…</translation>
    </message>
    <message>
        <source>select a deployment to roll back</source>
        <translation>Deployment zum Zurückrollen auswählen</translation>
    </message>
    <message>
        <source>already rolled back</source>
        <translation>bereits zurückgerollt</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation>Korrelations-ID</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Target ring</source>
        <translation>Zielring</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Risk score</source>
        <translation>Risikowert</translation>
    </message>
    <message>
        <source>CAB approval</source>
        <translation>CAB-Genehmigung</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>Eingereicht von</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>nicht erforderlich</translation>
    </message>
    <message>
        <source>Events in the window: %1 (the server sent its newest 100 only: older ones may be missing)</source>
        <translation>Ereignisse im Zeitraum: %1 (der Server sandte nur seine neuesten 100: ältere können fehlen)</translation>
    </message>
    <message>
        <source>Events in the window: %1</source>
        <translation>Ereignisse im Zeitraum: %1</translation>
    </message>
</context>
<context>
    <name>eucora::app::DeploymentsFeed</name>
    <message>
        <source>Sign in to the control plane to see its deployments.</source>
        <translation>Bei der Control Plane anmelden, um ihre Deployments zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>from the API: %n deployment(s)</source>
        <translation>
            <numerusform>aus der API: %n Deployment</numerusform>
            <numerusform>aus der API: %n Deployments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eucora::app::DeploymentsView</name>
    <message>
        <source>&amp;Roll back…</source>
        <translation>&amp;Zurückrollen…</translation>
    </message>
    <message>
        <source>select a deployment to roll back</source>
        <translation>Deployment zum Zurückrollen auswählen</translation>
    </message>
    <message>
        <source>Roll back…</source>
        <translation>Zurückrollen…</translation>
    </message>
    <message>
        <source>Sign in to the control plane to see its deployments.</source>
        <translation>Bei der Control Plane anmelden, um ihre Deployments zu sehen.</translation>
    </message>
    <message>
        <source>Deployments: %1</source>
        <translation>Deployments: %1</translation>
    </message>
    <message>
        <source>Deployments: the newest %1 (older ones are not listed)</source>
        <translation>Deployments: die neuesten %1 (ältere werden nicht aufgeführt)</translation>
    </message>
    <message>
        <source>%1 · demo mode unknown</source>
        <translation>%1 · Demomodus unbekannt</translation>
    </message>
    <message>
        <source>%1 · demo mode on: demo rows only</source>
        <translation>%1 · Demomodus an: nur Demo-Zeilen</translation>
    </message>
    <message>
        <source>%1 · demo mode off: real rows only</source>
        <translation>%1 · Demomodus aus: nur echte Zeilen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Any ring</source>
        <translation>Jeder Ring</translation>
    </message>
    <message>
        <source>Any application</source>
        <translation>Jede Anwendung</translation>
    </message>
</context>
<context>
    <name>eucora::app::EventAnnotations</name>
    <message>
        <source>completed %1</source>
        <translation>abgeschlossen %1</translation>
    </message>
    <message>
        <source>failed %1: %2</source>
        <translation>fehlgeschlagen %1: %2</translation>
    </message>
    <message>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <source>ring %1</source>
        <translation>Ring %1</translation>
    </message>
    <message>
        <source>by %1 at %2</source>
        <translation>von %1 um %2</translation>
    </message>
    <message>
        <source>click to open the deployment</source>
        <translation>Klicken öffnet das Deployment</translation>
    </message>
    <message>
        <source>events before %1 not marked (the API sends its newest 100)</source>
        <translation>Ereignisse vor %1 nicht markiert (die API sendet ihre neuesten 100)</translation>
    </message>
</context>
<context>
    <name>eucora::app::EventsView</name>
    <message>
        <source>Sign in to the control plane to see its deployment events.</source>
        <translation>Melden Sie sich an der Control Plane an, um ihre Deployment-Ereignisse zu sehen.</translation>
    </message>
    <message>
        <source>Events: the newest %1 (the window may hold more)</source>
        <translation>Ereignisse: die neuesten %1 (der Zeitraum kann mehr enthalten)</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>Ereignisse: %1</translation>
    </message>
    <message>
        <source>Any event</source>
        <translation>Jedes Ereignis</translation>
    </message>
    <message>
        <source>Any application</source>
        <translation>Jede Anwendung</translation>
    </message>
    <message>
        <source>Any ring</source>
        <translation>Jeder Ring</translation>
    </message>
    <message>
        <source>Any actor</source>
        <translation>Jeder Akteur</translation>
    </message>
    <message>
        <source>Click an event to open its deployment</source>
        <translation>Klick auf ein Ereignis öffnet sein Deployment</translation>
    </message>
</context>
<context>
    <name>eucora::app::LoginDialog</name>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>The control plane at %1 cannot be reached: %2</source>
        <translation>Die Control Plane unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The control plane throttled this client: try again in %1 s</source>
        <translation>Die Control Plane drosselt diesen Client: erneut versuchen in %1 s</translation>
    </message>
</context>
<context>
    <name>eucora::app::MainWindow</name>
    <message>
        <source>EUCORA Console</source>
        <translation>EUCORA-Konsole</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About EUCORA Console</source>
        <translation>Ü&amp;ber EUCORA-Konsole</translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>Control plane</source>
        <translation>Steuerungsebene</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Pause automatic refresh</source>
        <translation>Automatische Aktualisierung &amp;pausieren</translation>
    </message>
    <message>
        <source>EUCORA Console %1</source>
        <translation>EUCORA-Konsole %1</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>Ak&amp;tionen</translation>
    </message>
    <message>
        <source>&amp;Seed demo data…</source>
        <translation>&amp;Demodaten anlegen…</translation>
    </message>
    <message>
        <source>&amp;Roll back selected deployment…</source>
        <translation>Ausgewähltes Deployment &amp;zurückrollen…</translation>
    </message>
    <message>
        <source>Reset selected &amp;breaker…</source>
        <translation>Ausgewählten &amp;Breaker zurücksetzen…</translation>
    </message>
    <message>
        <source>&amp;Sign in as another user…</source>
        <translation>Als anderer Benutzer &amp;anmelden…</translation>
    </message>
    <message>
        <source>read-only mode (--read-only)</source>
        <translation>Nur-Lese-Modus (--read-only)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>events of %1 %2</source>
        <translation>Ereignisse von %1 %2</translation>
    </message>
    <message>
        <source>Alert %1 %2</source>
        <translation>Alarm %1 %2</translation>
    </message>
    <message>
        <source> · still %1</source>
        <translation> · weiterhin %1</translation>
    </message>
    <message>
        <source>Alerts: …</source>
        <translation>Alarme: …</translation>
    </message>
    <message>
        <source>Alerts: unknown</source>
        <translation>Alarme: unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n alert(s) firing</source>
        <translation>
            <numerusform>⚠ %n Alarm ausgelöst</numerusform>
            <numerusform>⚠ %n Alarme ausgelöst</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts: none firing</source>
        <translation>Alarme: keiner ausgelöst</translation>
    </message>
    <message numerus="yes">
        <source>, %n pending</source>
        <translation>
            <numerusform>, %n anstehend</numerusform>
            <numerusform>, %n anstehend</numerusform>
        </translation>
    </message>
    <message>
        <source> (as of %1)</source>
        <translation> (Stand %1)</translation>
    </message>
    <message>
        <source>From Prometheus /api/v1/alerts; click for the Alerts view.</source>
        <translation>Von Prometheus /api/v1/alerts; klicken für die Alarm-Ansicht.</translation>
    </message>
    <message>
        <source>Prometheus&apos; alerts could not be read: %1</source>
        <translation>Die Alarme von Prometheus konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Show deployment &amp;events and alerts on charts</source>
        <translation>Deployment-&amp;Ereignisse und Alarme in Diagrammen zeigen</translation>
    </message>
    <message>
        <source>sign-in as %1 failed: %2</source>
        <translation>Anmeldung als %1 gescheitert: %2</translation>
    </message>
    <message>
        <source>Switch &amp;connection</source>
        <translation>&amp;Verbindung wechseln</translation>
    </message>
    <message>
        <source>(no saved connection)</source>
        <translation>(keine gespeicherte Verbindung)</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Verbindungen…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>No keychain: secrets kept for this run only</source>
        <translation>Kein Schlüsselbund: Geheimnisse nur für diesen Lauf</translation>
    </message>
    <message>
        <source>The OS keychain cannot be used (%1). Sessions and passwords are kept in memory until the console quits and are never written to a file.</source>
        <translation>Der Schlüsselbund des Systems ist nicht nutzbar (%1). Sitzungen und Passwörter bleiben bis zum Beenden der Konsole im Speicher und werden nie in eine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The connection&apos;s TLS settings cannot be used: %1</source>
        <translation>Die TLS-Einstellungen der Verbindung sind nicht nutzbar: %1</translation>
    </message>
    <message>
        <source>Connected to servers given on the command line (%1, %2).</source>
        <translation>Verbunden mit Servern von der Befehlszeile (%1, %2).</translation>
    </message>
    <message>
        <source>Save as connection profile…</source>
        <translation>Als Verbindungsprofil speichern…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Alerts: no rules API</source>
        <translation>Alarme: keine Regel-API</translation>
    </message>
    <message>
        <source>Engine not identified: %1</source>
        <translation>Engine nicht erkannt: %1</translation>
    </message>
    <message>
        <source>Unlike Prometheus: %1.</source>
        <translation>Anders als Prometheus: %1.</translation>
    </message>
</context>
<context>
    <name>eucora::app::OperatorSession</name>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Checking session…</source>
        <translation>Sitzung wird geprüft…</translation>
    </message>
    <message>
        <source>Session expired: sign in again</source>
        <translation>Sitzung abgelaufen: bitte erneut anmelden</translation>
    </message>
    <message>
        <source>Signed in as %1 (staff)</source>
        <translation>Angemeldet als %1 (Staff)</translation>
    </message>
    <message>
        <source>Signed in as %1 (not staff)</source>
        <translation>Angemeldet als %1 (kein Staff)</translation>
    </message>
</context>
<context>
    <name>eucora::app::PanelFrame</name>
    <message>
        <source>Prometheus: %1</source>
        <translation>Prometheus: %1</translation>
    </message>
</context>
<context>
    <name>eucora::app::PlaceholderRenderer</name>
    <message>
        <source>This panel queries %1, which the console does not read: only Prometheus.</source>
        <translation>Dieses Panel fragt %1 ab; die Konsole liest nur Prometheus.</translation>
    </message>
    <message>
        <source>Panel type &quot;%1&quot; is not supported by the console.</source>
        <translation>Panel-Typ „%1“ wird von der Konsole nicht unterstützt.</translation>
    </message>
    <message>
        <source>Panel type &quot;%1&quot; is not available in this version of the console.</source>
        <translation>Panel-Typ „%1“ ist in dieser Version der Konsole nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>eucora::app::PolledTableView</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Filter by text…</source>
        <translation>Nach Text filtern…</translation>
    </message>
    <message>
        <source>showing %1 of %2</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
</context>
<context>
    <name>eucora::app::RasterTimeSeriesView</name>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n weitere</numerusform>
            <numerusform>… %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eucora::app::RingOccupancyTable</name>
    <message>
        <source>the newest 100 deployments</source>
        <translation>die neuesten 100 Deployments</translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s)</source>
        <translation>
            <numerusform>%n Deployment</numerusform>
            <numerusform>%n Deployments</numerusform>
        </translation>
    </message>
    <message>
        <source>Target ring</source>
        <translation>Zielring</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
</context>
<context>
    <name>eucora::app::RingPipelinePanel</name>
    <message>
        <source>No deployment selected: select one in the deployments table, the &quot;needs attention&quot; list or an event marker.</source>
        <translation>Kein Deployment ausgewählt: eines in der Deployment-Tabelle, der Liste „Braucht Aufmerksamkeit“ oder an einer Ereignismarke auswählen.</translation>
    </message>
    <message>
        <source>The rings could not be read: %1</source>
        <translation>Die Ringe konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>eucora::app::RingPipelineWidget</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>Connector: %1</source>
        <translation>Connector: %1</translation>
    </message>
    <message>
        <source>Connector object: %1</source>
        <translation>Connector-Objekt: %1</translation>
    </message>
    <message>
        <source>Devices: %1 succeeded, %2 failed</source>
        <translation>Geräte: %1 erfolgreich, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Entered: %1</source>
        <translation>Erreicht: %1</translation>
    </message>
    <message>
        <source>Promoted: %1</source>
        <translation>Befördert: %1</translation>
    </message>
    <message>
        <source>Time in ring: %1</source>
        <translation>Zeit im Ring: %1</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>%1 ok, %2 failed</source>
        <translation>%1 ok, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>no results yet</source>
        <translation>noch keine Ergebnisse</translation>
    </message>
    <message>
        <source>%1 (gate %2)</source>
        <translation>%1 (Schwelle %2)</translation>
    </message>
    <message>
        <source>%1 (no gate)</source>
        <translation>%1 (keine Schwelle)</translation>
    </message>
    <message>
        <source>%1 in ring</source>
        <translation>%1 im Ring</translation>
    </message>
    <message>
        <source>gate %1</source>
        <translation>Schwelle %1</translation>
    </message>
    <message>
        <source>no gate</source>
        <translation>keine Schwelle</translation>
    </message>
</context>
<context>
    <name>eucora::app::RollbackDialog</name>
    <message>
        <source>Type the application name &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Zum Bestätigen den Anwendungsnamen &lt;b&gt;%1&lt;/b&gt; eingeben:</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 von %2 Zeichen</translation>
    </message>
    <message>
        <source>Sends the same request again with the same Idempotency-Key: a server that already has it answers with its first acceptance and does nothing twice</source>
        <translation>Sendet dieselbe Anfrage erneut mit demselben Idempotency-Key: ein Server, der sie schon hat, antwortet mit seiner ersten Annahme und tut nichts doppelt</translation>
    </message>
    <message>
        <source>Not now: a request is on its way, the outcome is being read back, or the rollback has ended</source>
        <translation>Gerade nicht: eine Anfrage ist unterwegs, das Ergebnis wird gelesen, oder der Rollback ist beendet</translation>
    </message>
    <message>
        <source>Reading the deployment and its events back…</source>
        <translation>Deployment und seine Ereignisse werden erneut gelesen…</translation>
    </message>
    <message>
        <source>Accepted: the rollback task is running.</source>
        <translation>Angenommen: der Rollback-Task läuft.</translation>
    </message>
    <message>
        <source>No answer: the outcome is unknown.</source>
        <translation>Keine Antwort: das Ergebnis ist unbekannt.</translation>
    </message>
    <message>
        <source>Rolled back.</source>
        <translation>Zurückgerollt.</translation>
    </message>
    <message>
        <source>The rollback did not complete.</source>
        <translation>Der Rollback wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>The server has the rollback; following its task.</source>
        <translation>Der Server hat den Rollback; sein Task wird verfolgt.</translation>
    </message>
    <message>
        <source>Checked: the control plane did not receive the request.</source>
        <translation>Geprüft: die Control Plane hat die Anfrage nicht erhalten.</translation>
    </message>
    <message>
        <source>Finding: the control plane received this rollback (task %1, started %2); deployment status %3. Nothing needs to be sent again; &quot;Try again&quot; would only get the same acceptance back.</source>
        <translation>Befund: die Control Plane hat diesen Rollback erhalten (Task %1, gestartet %2); Deployment-Status %3. Nichts muss erneut gesendet werden; „Erneut versuchen“ bekäme nur dieselbe Annahme zurück.</translation>
    </message>
    <message>
        <source>Finding: the control plane has no record of this rollback; deployment status %1. &quot;Try again&quot; sends the same request with the same Idempotency-Key.</source>
        <translation>Befund: die Control Plane kennt diesen Rollback nicht; Deployment-Status %1. „Erneut versuchen“ sendet dieselbe Anfrage mit demselben Idempotency-Key.</translation>
    </message>
    <message>
        <source>Finding: the deployment could not be read back, so the outcome is still unknown. Check again before trying again.</source>
        <translation>Befund: das Deployment konnte nicht gelesen werden, das Ergebnis ist also weiter unbekannt. Vor einem neuen Versuch erneut prüfen.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
</context>
<context>
    <name>eucora::app::RollbackEvidence</name>
    <message>
        <source>Reading the rings…</source>
        <translation>Ringe werden gelesen…</translation>
    </message>
    <message>
        <source>Failures per minute of %1, last 15 minutes:</source>
        <translation>Fehlschläge pro Minute von %1, letzte 15 Minuten:</translation>
    </message>
    <message>
        <source>Asking Prometheus…</source>
        <translation>Prometheus wird gefragt…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Exposure now&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verbreitung jetzt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The rings could not be read: %1</source>
        <translation>Die Ringe konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Prometheus: %1</source>
        <translation>Prometheus: %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3 succeeded, %4 failed — %5</source>
        <translation>%1 (%2): %3 erfolgreich, %4 fehlgeschlagen — %5</translation>
    </message>
    <message>
        <source>Not deployed to any ring yet: nothing is exposed.</source>
        <translation>Noch in keinem Ring verteilt: nichts ist betroffen.</translation>
    </message>
    <message>
        <source>In all: %1 devices succeeded, %2 failed.</source>
        <translation>Insgesamt: %1 Geräte erfolgreich, %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>no failures recorded</source>
        <translation>keine Fehlschläge aufgezeichnet</translation>
    </message>
    <message>
        <source>now %1/min, peak %2/min</source>
        <translation>jetzt %1/min, Spitze %2/min</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
</context>
<context>
    <name>eucora::app::RuleHealthTable</name>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Last evaluation</source>
        <translation>Letzte Auswertung</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>err</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>alerting</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>Aufzeichnung</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Reading Prometheus&apos; rules…</source>
        <translation>Regeln von Prometheus werden gelesen…</translation>
    </message>
    <message>
        <source>Prometheus&apos; rules could not be read: %1</source>
        <translation>Die Regeln von Prometheus konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) in </source>
        <translation>
            <numerusform>%n Regel in </numerusform>
            <numerusform>%n Regeln in </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
    <message>
        <source> · every rule evaluates</source>
        <translation> · jede Regel wird ausgewertet</translation>
    </message>
    <message>
        <source> · failing: %1</source>
        <translation> · fehlerhaft: %1</translation>
    </message>
    <message>
        <source> · not refreshed: %1</source>
        <translation> · nicht aktualisiert: %1</translation>
    </message>
</context>
<context>
    <name>eucora::app::SeedDialog</name>
    <message>
        <source>%1 assets</source>
        <translation>%1 Geräte</translation>
    </message>
    <message>
        <source>%1 applications</source>
        <translation>%1 Anwendungen</translation>
    </message>
    <message>
        <source>%1 deployments</source>
        <translation>%1 Deployments</translation>
    </message>
    <message>
        <source>%1 ring deployments</source>
        <translation>%1 Ring-Deployments</translation>
    </message>
    <message>
        <source>%1 CAB approvals</source>
        <translation>%1 CAB-Freigaben</translation>
    </message>
    <message>
        <source>%1 evidence packs</source>
        <translation>%1 Evidence-Packs</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 Benutzer</translation>
    </message>
    <message>
        <source>Seeding replaces the existing demo data: every demo row is deleted first. Real data is not touched.</source>
        <translation>Das Anlegen ersetzt die vorhandenen Demodaten: jede Demo-Zeile wird zuerst gelöscht. Echte Daten bleiben unberührt.</translation>
    </message>
    <message>
        <source>Existing demo data is kept; each kind is topped up to these totals.</source>
        <translation>Vorhandene Demodaten bleiben erhalten; jede Art wird bis zu diesen Summen aufgefüllt.</translation>
    </message>
    <message>
        <source>Runs as a task on the server: progress is shown and the task can be cancelled.</source>
        <translation>Läuft als Task auf dem Server: der Fortschritt wird angezeigt und der Task kann abgebrochen werden.</translation>
    </message>
    <message>
        <source>Runs inside the request (%1 items): the answer can take up to a few minutes.</source>
        <translation>Läuft innerhalb der Anfrage (%1 Einträge): die Antwort kann einige Minuten dauern.</translation>
    </message>
    <message>
        <source>Cancelling the task…</source>
        <translation>Task wird abgebrochen…</translation>
    </message>
    <message>
        <source>Queued: seeding runs as task %1.</source>
        <translation>Eingereiht: das Anlegen läuft als Task %1.</translation>
    </message>
    <message>
        <source>Seeded; checking demo mode…</source>
        <translation>Angelegt; Demomodus wird geprüft…</translation>
    </message>
    <message>
        <source>No answer: the outcome is unknown; reading the demo data back…</source>
        <translation>Keine Antwort: das Ergebnis ist unbekannt; die Demodaten werden erneut gelesen…</translation>
    </message>
    <message>
        <source>Seeded.</source>
        <translation>Angelegt.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The seed did not complete.</source>
        <translation>Das Anlegen wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Demo data now: %1</source>
        <translation>Demodaten jetzt: %1</translation>
    </message>
    <message>
        <source>Demo mode is off, so the new rows are hidden. Turn demo mode on?</source>
        <translation>Der Demomodus ist aus, daher sind die neuen Zeilen verborgen. Demomodus einschalten?</translation>
    </message>
    <message>
        <source>Switching demo mode on…</source>
        <translation>Demomodus wird eingeschaltet…</translation>
    </message>
    <message>
        <source>Demo mode is on: the new rows are visible.</source>
        <translation>Der Demomodus ist an: die neuen Zeilen sind sichtbar.</translation>
    </message>
    <message>
        <source>Demo mode is still off: the server did not switch it on.</source>
        <translation>Der Demomodus ist weiter aus: der Server hat ihn nicht eingeschaltet.</translation>
    </message>
    <message>
        <source>Demo mode could not be switched on: %1</source>
        <translation>Der Demomodus konnte nicht eingeschaltet werden: %1</translation>
    </message>
</context>
<context>
    <name>eucora::app::SelectedDeployment</name>
    <message>
        <source>Sign in to the control plane to see the deployment.</source>
        <translation>Bei der Control Plane anmelden, um das Deployment zu sehen.</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Lädt</translation>
    </message>
    <message>
        <source>%1 %2: %3, final</source>
        <translation>%1 %2: %3, endgültig</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>eucora::app::ServerStatusIndicator</name>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>reachable (%1 ms)</source>
        <translation>erreichbar (%1 ms)</translation>
    </message>
    <message>
        <source>unreachable: %1</source>
        <translation>nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>%1
last checked: %2</source>
        <translation>%1
zuletzt geprüft: %2</translation>
    </message>
</context>
<context>
    <name>eucora::app::StateTimelineRenderer</name>
    <message>
        <source>%1: %2
from %3 to %4 %5
for %6</source>
        <translation>%1: %2
von %3 bis %4 %5
für %6</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
</context>
<context>
    <name>eucora::app::TableRenderer</name>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
</context>
<context>
    <name>eucora::app::TimeControls</name>
    <message>
        <source>Half a window earlier</source>
        <translation>Ein halbes Fenster früher</translation>
    </message>
    <message>
        <source>Half a window later</source>
        <translation>Ein halbes Fenster später</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Herauszoomen</translation>
    </message>
    <message>
        <source>Twice the window (double-click a chart does the same)</source>
        <translation>Doppelter Zeitraum (ein Doppelklick auf ein Diagramm tut dasselbe)</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop refreshing automatically</source>
        <translation>Automatische Aktualisierung anhalten</translation>
    </message>
    <message>
        <source>Absolute range…</source>
        <translation>Absoluter Zeitraum…</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Show times in the workstation&apos;s zone or in UTC</source>
        <translation>Zeiten in der Zone des Arbeitsplatzes oder in UTC zeigen</translation>
    </message>
    <message>
        <source>Refresh off</source>
        <translation>Aktualisierung aus</translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation>Alle %1</translation>
    </message>
    <message>
        <source>Automatic refresh</source>
        <translation>Automatische Aktualisierung</translation>
    </message>
    <message>
        <source>No dashboard</source>
        <translation>Kein Dashboard</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1 bis %2 (%3)</translation>
    </message>
    <message>
        <source>The window must start before it ends.</source>
        <translation>Der Zeitraum muss vor seinem Ende beginnen.</translation>
    </message>
</context>
<context>
    <name>eucora::app::TimeSeriesRenderer</name>
    <message>
        <source>Last *</source>
        <translation>Letzter *</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Letzter</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
</context>
<context>
    <name>eucora::app::VariablesBar</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Options could not be loaded: %1</source>
        <translation>Optionen konnten nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>eucora::app::WelcomeWindow</name>
    <message>
        <source>EUCORA Console</source>
        <translation>EUCORA Console</translation>
    </message>
    <message>
        <source>&lt;h2&gt;EUCORA Console&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;EUCORA Console&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>No connection is set up yet. Add one with the addresses of your Prometheus and your EUCORA control plane, or look around on a local demo stack first.</source>
        <translation>Noch ist keine Verbindung eingerichtet. Legen Sie eine mit den Adressen Ihres Prometheus und Ihrer EUCORA Control Plane an, oder sehen Sie sich zuerst auf einem lokalen Demo-Stack um.</translation>
    </message>
    <message>
        <source>Choose the connection to open.</source>
        <translation>Wählen Sie die Verbindung, die geöffnet werden soll.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Add a connection…</source>
        <translation>Verbindung &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Open the local &amp;demo stack</source>
        <translation>Lokalen &amp;Demo-Stack öffnen</translation>
    </message>
    <message>
        <source>eucora-devstack is not installed beside the console.</source>
        <translation>eucora-devstack ist nicht neben der Konsole installiert.</translation>
    </message>
    <message>
        <source>Starts a simulated control plane and Prometheus on this computer and opens the console on them, signed in as their operator.</source>
        <translation>Startet eine simulierte Control Plane und Prometheus auf diesem Rechner und öffnet die Konsole darauf, angemeldet als deren Operator.</translation>
    </message>
</context>
<context>
    <name>eucora::controlplane::AttentionItem</name>
    <message>
        <source>Gate failed</source>
        <translation>Gate verfehlt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Rolling back</source>
        <translation>Wird zurückgerollt</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Hängt</translation>
    </message>
    <message>
        <source>rollback failed: %1</source>
        <translation>Rollback fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>eucora::controlplane::ControlPlaneClient</name>
    <message>
        <source>the control plane asked to wait: try again in %1 s</source>
        <translation>die Control Plane hat um Wartezeit gebeten: erneut versuchen in %1 s</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the answer has no &quot;%1&quot; list</source>
        <translation>die Antwort hat keine Liste &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the answer has no &quot;breakers&quot; map</source>
        <translation>die Antwort hat keine Map &quot;breakers&quot;</translation>
    </message>
    <message>
        <source>the server queued the seed without a task id</source>
        <translation>der Server hat das Anlegen ohne Task-ID eingereiht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a deployment id</source>
        <translation>&quot;%1&quot; ist keine Deployment-ID</translation>
    </message>
    <message>
        <source>the answer does not say whether demo mode is on</source>
        <translation>die Antwort sagt nicht, ob der Demomodus an ist</translation>
    </message>
</context>
<context>
    <name>eucora::controlplane::RingPipeline</name>
    <message>
        <source>not reached; gate %1</source>
        <translation>nicht erreicht; Schwelle %1</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>%1 of %2 succeeded</source>
        <translation>%1 von %2 erfolgreich</translation>
    </message>
    <message>
        <source>no gate: %1</source>
        <translation>keine Schwelle: %1</translation>
    </message>
    <message>
        <source>no gate</source>
        <translation>keine Schwelle</translation>
    </message>
    <message>
        <source>%1 ≥ %2: %3</source>
        <translation>%1 ≥ %2: %3</translation>
    </message>
    <message>
        <source>%1 &lt; %2: %3</source>
        <translation>%1 &lt; %2: %3</translation>
    </message>
    <message>
        <source>failed before any result; gate %1</source>
        <translation>fehlgeschlagen vor jedem Ergebnis; Schwelle %1</translation>
    </message>
    <message>
        <source>ended at %1 before the gate (%2) decided: %3</source>
        <translation>bei %1 beendet, bevor die Schwelle (%2) entschied: %3</translation>
    </message>
    <message>
        <source>ended before the gate (%1) decided</source>
        <translation>beendet, bevor die Schwelle (%1) entschied</translation>
    </message>
    <message>
        <source>%1 so far, gate %2: %3</source>
        <translation>bisher %1, Schwelle %2: %3</translation>
    </message>
    <message>
        <source>waiting for results; gate %1</source>
        <translation>wartet auf Ergebnisse; Schwelle %1</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
</context>
<context>
    <name>eucora::dashboard::DashboardCheck</name>
    <message>
        <source>threshold %1 is on a 0–100 scale, but the unit percentunit runs from 0 to 1</source>
        <translation>Schwellwert %1 liegt auf einer Skala von 0–100, die Einheit percentunit reicht aber von 0 bis 1</translation>
    </message>
    <message>
        <source>threshold %1 looks like a fraction, but the unit percent runs from 0 to 100</source>
        <translation>Schwellwert %1 sieht nach einem Bruchteil aus, die Einheit percent reicht aber von 0 bis 100</translation>
    </message>
    <message>
        <source>variable $%1 is not defined by the dashboard</source>
        <translation>Variable $%1 wird vom Dashboard nicht definiert</translation>
    </message>
    <message>
        <source>Prometheus refuses the query: %1</source>
        <translation>Prometheus lehnt die Abfrage ab: %1</translation>
    </message>
    <message>
        <source>no series of %1 in the window</source>
        <translation>keine Zeitreihe von %1 im Zeitraum</translation>
    </message>
    <message>
        <source>rate() over the gauge %1: rates are for counters</source>
        <translation>rate() über das Gauge %1: Raten sind für Counter</translation>
    </message>
    <message>
        <source>a quantile over the %1 %2: quantiles need a histogram&apos;s buckets</source>
        <translation>ein Quantil über %1 %2: Quantile brauchen die Buckets eines Histogramms</translation>
    </message>
    <message>
        <source>histogram_quantile without sum by (le): one quantile per series, not one for the whole (%1)</source>
        <translation>histogram_quantile ohne sum by (le): ein Quantil je Zeitreihe, nicht eines für das Ganze (%1)</translation>
    </message>
    <message>
        <source>series are kept per pid (one per worker process): aggregate them, e.g. max without (pid)</source>
        <translation>Zeitreihen bleiben je pid getrennt (eine je Worker-Prozess): aggregieren, etwa max without (pid)</translation>
    </message>
    <message>
        <source>the legend uses {{%1}}, which is the scrape target&apos;s label; the metric&apos;s own %1 was renamed exported_%1: use {{exported_%1}}</source>
        <translation>die Legende nutzt {{%1}}, das Label des Scrape-Ziels; das eigene %1 der Metrik wurde in exported_%1 umbenannt: {{exported_%1}} verwenden</translation>
    </message>
    <message>
        <source>the legend uses {{%1}}, but Prometheus renamed that label exported_%1 (a target label of the same name): use {{exported_%1}}</source>
        <translation>die Legende nutzt {{%1}}, Prometheus hat dieses Label aber in exported_%1 umbenannt (ein gleichnamiges Ziel-Label): {{exported_%1}} verwenden</translation>
    </message>
    <message>
        <source>the legend uses {{%1}}, a label no series carries</source>
        <translation>die Legende nutzt {{%1}}, ein Label, das keine Zeitreihe trägt</translation>
    </message>
    <message>
        <source>Dashboard:
</source>
        <translation>Dashboard:
</translation>
    </message>
    <message>
        <source>Panel %1 &quot;%2&quot;:
</source>
        <translation>Panel %1 „%2“:
</translation>
    </message>
    <message>
        <source>%1 serves no metric metadata: rate() over a gauge and quantiles over a counter were not checked</source>
        <translation>%1 liefert keine Metrik-Metadaten: rate() über einem Gauge und Quantile über einem Counter wurden nicht geprüft</translation>
    </message>
</context>
<context>
    <name>eucora::dashboard::DashboardLoader</name>
    <message>
        <source>the JSON object is empty: not a Grafana dashboard</source>
        <translation>das JSON-Objekt ist leer: kein Grafana-Dashboard</translation>
    </message>
    <message>
        <source>no &quot;panels&quot; and no &quot;rows&quot;: not a Grafana dashboard</source>
        <translation>weder „panels“ noch „rows“: kein Grafana-Dashboard</translation>
    </message>
    <message>
        <source>&quot;panels&quot; is not a list but %1</source>
        <translation>„panels“ ist keine Liste, sondern %1</translation>
    </message>
    <message>
        <source>&quot;rows&quot; is not a list but %1</source>
        <translation>„rows“ ist keine Liste, sondern %1</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>das Dokument ist leer</translation>
    </message>
    <message>
        <source>an HTML or XML page, not a Grafana dashboard</source>
        <translation>eine HTML- oder XML-Seite, kein Grafana-Dashboard</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>a JSON list, not a Grafana dashboard object</source>
        <translation>eine JSON-Liste, kein Grafana-Dashboard-Objekt</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB</source>
        <translation>%1 ist größer als %2 MiB</translation>
    </message>
</context>
<context>
    <name>eucora::dashboard::DisplayValue</name>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
</context>
<context>
    <name>eucora::dashboard::GrafanaRegex</name>
    <message>
        <source>&quot;%1&quot; is not a regular expression of the form /pattern/flags</source>
        <translation>„%1“ ist kein regulärer Ausdruck der Form /Muster/Flags</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid regular expression: %2</source>
        <translation>„%1“ ist kein gültiger regulärer Ausdruck: %2</translation>
    </message>
</context>
<context>
    <name>eucora::dashboard::LoadIssue</name>
    <message>
        <source>a row inside a row</source>
        <translation>eine Zeile innerhalb einer Zeile</translation>
    </message>
    <message>
        <source>panel type &quot;%1&quot; is not supported; shown as a placeholder</source>
        <translation>Panel-Typ „%1“ wird nicht unterstützt; als Platzhalter angezeigt</translation>
    </message>
    <message>
        <source>datasource &quot;%1&quot; is not Prometheus; its queries are not run</source>
        <translation>Datenquelle „%1“ ist kein Prometheus; ihre Abfragen werden nicht ausgeführt</translation>
    </message>
    <message>
        <source>transformation &quot;%1&quot; is not applied</source>
        <translation>Transformation „%1“ wird nicht angewendet</translation>
    </message>
    <message>
        <source>option &quot;%1&quot; is not supported and is ignored</source>
        <translation>Option „%1“ wird nicht unterstützt und ignoriert</translation>
    </message>
    <message>
        <source>override &quot;%1&quot; is kept but not applied</source>
        <translation>Override „%1“ bleibt erhalten, wird aber nicht angewendet</translation>
    </message>
    <message>
        <source>unit &quot;%1&quot; is not known; values show it as a suffix</source>
        <translation>Einheit „%1“ ist unbekannt; Werte zeigen sie als Suffix</translation>
    </message>
    <message>
        <source>variable &quot;%1&quot; is not fully supported</source>
        <translation>Variable „%1“ wird nicht vollständig unterstützt</translation>
    </message>
    <message>
        <source>legacy &quot;%1&quot; settings were converted</source>
        <translation>veraltete „%1“-Einstellungen wurden umgewandelt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an invalid value; the default is used</source>
        <translation>„%1“ hat einen ungültigen Wert; der Standardwert wird verwendet</translation>
    </message>
    <message>
        <source>schema version %1 is outside the supported range 16 to 39</source>
        <translation>Schemaversion %1 liegt außerhalb des unterstützten Bereichs 16 bis 39</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Panel %1 &quot;%2&quot;: %3</source>
        <translation>Panel %1 „%2“: %3</translation>
    </message>
    <message>
        <source>ad hoc filters are not applied</source>
        <translation>Ad-hoc-Filter werden nicht angewendet</translation>
    </message>
    <message>
        <source>datasource type &quot;%1&quot;</source>
        <translation>Datenquellentyp „%1“</translation>
    </message>
    <message>
        <source>queries datasource &quot;%1&quot;</source>
        <translation>fragt Datenquelle „%1“ ab</translation>
    </message>
    <message>
        <source>type &quot;%1&quot;</source>
        <translation>Typ „%1“</translation>
    </message>
</context>
<context>
    <name>eucora::dashboard::PanelSpec</name>
    <message>
        <source>Deployments per minute by status</source>
        <translation>Deployments pro Minute nach Status</translation>
    </message>
    <message>
        <source>deployments/min</source>
        <translation>Deployments/min</translation>
    </message>
</context>
<context>
    <name>eucora::dashboard::PanelStatus</name>
    <message>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 h</translation>
    </message>
    <message>
        <source>updated %1 (%2)</source>
        <translation>aktualisiert %1 (%2)</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <source>newest point %1 (%2)</source>
        <translation>neuester Punkt %1 (%2)</translation>
    </message>
    <message>
        <source>waiting for two scrapes</source>
        <translation>warte auf zwei Abrufe</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 — showing data %2</source>
        <translation>%1 — angezeigt werden Daten, %2</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Lädt</translation>
    </message>
    <message>
        <source>waiting for the first answer</source>
        <translation>warte auf die erste Antwort</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Prometheus unreachable (%1) — rates over the last %2 of scrapes of %3; %4</source>
        <translation>Prometheus nicht erreichbar (%1) — Raten über die letzten %2 der Abrufe von %3; %4</translation>
    </message>
    <message>
        <source>%1 · the server holds the newest %2 s back</source>
        <translation>%1 · der Server hält die neuesten %2 s zurück</translation>
    </message>
</context>
<context>
    <name>eucora::dashboard::TimeText</name>
    <message>
        <source>&quot;%1&quot;: expected +, - or / at &quot;%2&quot;</source>
        <translation>„%1“: +, - oder / erwartet bei „%2“</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the amount is too large</source>
        <translation>„%1“: der Betrag ist zu groß</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: rounding takes a single unit, like /d</source>
        <translation>„%1“: Runden nimmt genau eine Einheit, etwa /d</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a unit (s, m, h, d, w, M, Q, y) is missing</source>
        <translation>„%1“: eine Einheit (s, m, h, d, w, M, Q, y) fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: fiscal periods are not supported</source>
        <translation>„%1“: Geschäftsjahreszeiträume werden nicht unterstützt</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a time unit (s, m, h, d, w, M, Q, y)</source>
        <translation>„%1“: „%2“ ist keine Zeiteinheit (s, m, h, d, w, M, Q, y)</translation>
    </message>
    <message>
        <source>an empty time</source>
        <translation>eine leere Zeitangabe</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time: use now-6h, an ISO 8601 date or epoch time</source>
        <translation>„%1“ ist keine Zeit: now-6h, ein ISO-8601-Datum oder Epochenzeit verwenden</translation>
    </message>
    <message>
        <source>the range starts (%1) after it ends (%2)</source>
        <translation>der Zeitraum beginnt (%1) nach seinem Ende (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone</source>
        <translation>„%1“ ist keine bekannte Zeitzone</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a week start (monday, sunday, saturday)</source>
        <translation>„%1“ ist kein Wochenbeginn (monday, sunday, saturday)</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>Letzte 5 Minuten</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Last 30 minutes</source>
        <translation>Letzte 30 Minuten</translation>
    </message>
    <message>
        <source>Last 1 hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 3 hours</source>
        <translation>Letzte 3 Stunden</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Letzte 6 Stunden</translation>
    </message>
    <message>
        <source>Last 12 hours</source>
        <translation>Letzte 12 Stunden</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 2 days</source>
        <translation>Letzte 2 Tage</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last %1 second</source>
        <translation>Letzte %1 Sekunde</translation>
    </message>
    <message>
        <source>Last %1 seconds</source>
        <translation>Letzte %1 Sekunden</translation>
    </message>
    <message>
        <source>Last %1 minute</source>
        <translation>Letzte %1 Minute</translation>
    </message>
    <message>
        <source>Last %1 minutes</source>
        <translation>Letzte %1 Minuten</translation>
    </message>
    <message>
        <source>Last %1 hour</source>
        <translation>Letzte %1 Stunde</translation>
    </message>
    <message>
        <source>Last %1 hours</source>
        <translation>Letzte %1 Stunden</translation>
    </message>
    <message>
        <source>Last %1 day</source>
        <translation>Letzter %1 Tag</translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation>Letzte %1 Tage</translation>
    </message>
    <message>
        <source>Last %1 week</source>
        <translation>Letzte %1 Woche</translation>
    </message>
    <message>
        <source>Last %1 weeks</source>
        <translation>Letzte %1 Wochen</translation>
    </message>
    <message>
        <source>Last %1 month</source>
        <translation>Letzter %1 Monat</translation>
    </message>
    <message>
        <source>Last %1 months</source>
        <translation>Letzte %1 Monate</translation>
    </message>
    <message>
        <source>Last %1 year</source>
        <translation>Letztes %1 Jahr</translation>
    </message>
    <message>
        <source>Last %1 years</source>
        <translation>Letzte %1 Jahre</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
</context>
<context>
    <name>eucora::http::GzipBody</name>
    <message>
        <source>refused: %1 bytes of gzip expand beyond the %2 MiB size limit, more than %3 times their size (a decompression bomb)</source>
        <translation>abgelehnt: %1 Bytes gzip entpacken sich über die Grenze von %2 MiB hinaus, mehr als das %3-Fache ihrer Größe (eine Dekompressionsbombe)</translation>
    </message>
    <message>
        <source>the answer expands beyond the %1 MiB size limit when decompressed</source>
        <translation>die Antwort überschreitet entpackt die Grenze von %1 MiB</translation>
    </message>
    <message>
        <source>cannot start gzip decoding</source>
        <translation>gzip-Dekodierung kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>the gzip answer is corrupt</source>
        <translation>die gzip-Antwort ist beschädigt</translation>
    </message>
    <message>
        <source>the gzip answer ends early (%1 bytes)</source>
        <translation>die gzip-Antwort endet vorzeitig (%1 Bytes)</translation>
    </message>
    <message>
        <source>the gzip answer is corrupt (%1)</source>
        <translation>die gzip-Antwort ist beschädigt (%1)</translation>
    </message>
</context>
<context>
    <name>eucora::http::HttpChannel</name>
    <message>
        <source>no data for %1 s</source>
        <translation>seit %1 s keine Daten</translation>
    </message>
    <message>
        <source>the server announced %1 bytes, more than the %2 MiB size limit</source>
        <translation>der Server hat %1 Bytes angekündigt, mehr als die Grenze von %2 MiB</translation>
    </message>
    <message>
        <source>the answer is larger than the %1 MiB size limit</source>
        <translation>die Antwort ist größer als die Grenze von %1 MiB</translation>
    </message>
    <message>
        <source>request cancelled</source>
        <translation>Anfrage abgebrochen</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>the answer uses an encoding the client did not ask for (%1)</source>
        <translation>die Antwort nutzt eine nicht angeforderte Kodierung (%1)</translation>
    </message>
    <message>
        <source>%1 (no client certificate was offered: the server may require one)</source>
        <translation>%1 (kein Client-Zertifikat angeboten: der Server verlangt womöglich eines)</translation>
    </message>
</context>
<context>
    <name>eucora::models::AttentionModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Ring</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Deployment %1: click to open it</source>
        <translation>Deployment %1: Klicken öffnet es</translation>
    </message>
</context>
<context>
    <name>eucora::models::AuditLogModel</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>HTTP status of the server&apos;s answer; empty when no answer arrived</source>
        <translation>HTTP-Status der Serverantwort; leer, wenn keine Antwort kam</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Idempotency key</source>
        <translation>Idempotency-Key</translation>
    </message>
</context>
<context>
    <name>eucora::models::BreakersModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Reset timeout</source>
        <translation>Rücksetz-Timeout</translation>
    </message>
</context>
<context>
    <name>eucora::models::DeploymentsModel</name>
    <message>
        <source>Status &quot;%1&quot; is not one this console knows; shown as the server sent it</source>
        <translation>Status „%1“ kennt diese Konsole nicht; er wird so gezeigt, wie der Server ihn sendet</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Correlation-ID</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Ring</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>eucora::models::EventsModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Event type &quot;%1&quot; is not one this console knows; shown as the server sent it</source>
        <translation>Ereignistyp „%1“ kennt diese Konsole nicht; so gezeigt, wie der Server ihn sandte</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Ring</translation>
    </message>
</context>
<context>
    <name>eucora::models::SeriesTableModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Time of the series&apos; last value, in %1</source>
        <translation>Zeit des letzten Werts der Zeitreihe, in %1</translation>
    </message>
</context>
<context>
    <name>eucora::prometheus</name>
    <message>
        <source>native histogram samples are not supported yet and were left out</source>
        <translation>native Histogramm-Werte werden noch nicht unterstützt und wurden ausgelassen</translation>
    </message>
    <message>
        <source>a series has malformed labels</source>
        <translation>eine Zeitreihe hat fehlerhafte Labels</translation>
    </message>
    <message>
        <source>a sample is malformed</source>
        <translation>ein Messwert ist fehlerhaft</translation>
    </message>
    <message>
        <source>the answer has no resultType</source>
        <translation>die Antwort hat keinen resultType</translation>
    </message>
    <message>
        <source>the answer has no result</source>
        <translation>die Antwort hat kein Ergebnis</translation>
    </message>
    <message>
        <source>the result is not a list</source>
        <translation>das Ergebnis ist keine Liste</translation>
    </message>
    <message>
        <source>the scalar result is malformed</source>
        <translation>das skalare Ergebnis ist fehlerhaft</translation>
    </message>
    <message>
        <source>the string result is malformed</source>
        <translation>das Zeichenketten-Ergebnis ist fehlerhaft</translation>
    </message>
    <message>
        <source>unknown resultType &quot;%1&quot;</source>
        <translation>unbekannter resultType „%1“</translation>
    </message>
    <message>
        <source>a second sample for %1 was ignored (the first is on line %2)</source>
        <translation>ein zweiter Messwert für %1 wurde ignoriert (der erste steht in Zeile %2)</translation>
    </message>
    <message>
        <source>HTML error page</source>
        <translation>HTML-Fehlerseite</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>kein JSON</translation>
    </message>
    <message>
        <source>%1 (HTTP %2): %3</source>
        <translation>%1 (HTTP %2): %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the server sent an empty answer</source>
        <translation>der Server hat eine leere Antwort geschickt</translation>
    </message>
    <message>
        <source>malformed JSON (%1)</source>
        <translation>fehlerhaftes JSON (%1)</translation>
    </message>
    <message>
        <source>the answer has no status field</source>
        <translation>die Antwort hat kein Statusfeld</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation>unbekannter Status „%1“</translation>
    </message>
    <message>
        <source>the answer has no data</source>
        <translation>die Antwort enthält keine Daten</translation>
    </message>
    <message>
        <source>the answer has a malformed %1</source>
        <translation>die Antwort enthält ein fehlerhaftes %1</translation>
    </message>
    <message>
        <source>a target has an unknown health</source>
        <translation>ein Target hat einen unbekannten Zustand</translation>
    </message>
    <message>
        <source>an alert has an unknown state</source>
        <translation>ein Alert hat einen unbekannten Zustand</translation>
    </message>
    <message>
        <source>a rule has an unknown type</source>
        <translation>eine Regel hat einen unbekannten Typ</translation>
    </message>
    <message>
        <source>a rule has an unknown health</source>
        <translation>eine Regel hat einen unbekannten Gesundheitszustand</translation>
    </message>
    <message>
        <source>a rule has an unknown state</source>
        <translation>eine Regel hat einen unbekannten Zustand</translation>
    </message>
    <message>
        <source>the series list is not a list</source>
        <translation>die Liste der Zeitreihen ist keine Liste</translation>
    </message>
    <message>
        <source>the label list is not a list</source>
        <translation>die Liste der Labels ist keine Liste</translation>
    </message>
    <message>
        <source>the build information has no version</source>
        <translation>die Build-Information enthält keine Version</translation>
    </message>
</context>
<context>
    <name>eucora::settings::ConnectionChoice</name>
    <message>
        <source>there is no connection profile &quot;%1&quot; (none is saved)</source>
        <translation>es gibt kein Verbindungsprofil „%1“ (keines ist gespeichert)</translation>
    </message>
    <message>
        <source>there is no connection profile &quot;%1&quot; (saved: %2)</source>
        <translation>es gibt kein Verbindungsprofil „%1“ (gespeichert: %2)</translation>
    </message>
</context>
<context>
    <name>eucora::settings::ConnectionProfile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>Das Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>The Prometheus URL must be an http or https URL.</source>
        <translation>Die Prometheus-URL muss eine http- oder https-URL sein.</translation>
    </message>
    <message>
        <source>The control-plane URL must be an http or https URL.</source>
        <translation>Die Control-Plane-URL muss eine http- oder https-URL sein.</translation>
    </message>
    <message>
        <source>Basic authentication needs a user name.</source>
        <translation>Basic-Anmeldung braucht einen Benutzernamen.</translation>
    </message>
    <message>
        <source>A client certificate needs both the certificate and the key file.</source>
        <translation>Ein Client-Zertifikat braucht Zertifikat- und Schlüsseldatei.</translation>
    </message>
    <message>
        <source>A manual proxy needs a host and a port.</source>
        <translation>Ein manueller Proxy braucht Host und Port.</translation>
    </message>
</context>
<context>
    <name>eucora::settings::ConnectionTester</name>
    <message>
        <source>certificate %1, issued by %2, valid until %3</source>
        <translation>Zertifikat %1, ausgestellt von %2, gültig bis %3</translation>
    </message>
    <message>
        <source>EUCORA control plane, health/live says &quot;%1&quot;</source>
        <translation>EUCORA Control Plane, health/live meldet „%1“</translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>Control plane</source>
        <translation>Control Plane</translation>
    </message>
    <message>
        <source>the server answered</source>
        <translation>der Server hat geantwortet</translation>
    </message>
    <message>
        <source> (no client certificate was offered: the server may require one)</source>
        <translation> (kein Client-Zertifikat angeboten: der Server verlangt womöglich eines)</translation>
    </message>
    <message>
        <source>the TLS connection failed: %1</source>
        <translation>die TLS-Verbindung ist gescheitert: %1</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>answered HTTP %1 in %2 ms</source>
        <translation>antwortete HTTP %1 in %2 ms</translation>
    </message>
    <message>
        <source>plain HTTP: nothing is encrypted</source>
        <translation>einfaches HTTP: nichts ist verschlüsselt</translation>
    </message>
    <message>
        <source>HTTP %1: the server refused the credentials</source>
        <translation>HTTP %1: der Server hat die Anmeldedaten abgelehnt</translation>
    </message>
    <message>
        <source>HTTP %1: the server wants credentials</source>
        <translation>HTTP %1: der Server verlangt Anmeldedaten</translation>
    </message>
    <message>
        <source>sign in with a user name and password once connected</source>
        <translation>Anmeldung mit Benutzername und Passwort nach dem Verbinden</translation>
    </message>
    <message>
        <source>credentials accepted</source>
        <translation>Anmeldedaten angenommen</translation>
    </message>
    <message>
        <source>none needed</source>
        <translation>keine nötig</translation>
    </message>
    <message>
        <source>HTTP %1, and not a Prometheus API answer</source>
        <translation>HTTP %1, und keine Antwort der Prometheus-API</translation>
    </message>
    <message>
        <source>HTTP %1, and not a EUCORA health answer</source>
        <translation>HTTP %1, und keine Health-Antwort von EUCORA</translation>
    </message>
    <message>
        <source>%1 (revision %2)</source>
        <translation>%1 (Revision %2)</translation>
    </message>
    <message>
        <source>HTTP 404 from %1, and the server&apos;s root does not say which engine it is</source>
        <translation>HTTP 404 von %1, und die Wurzel des Servers sagt nicht, welche Engine es ist</translation>
    </message>
</context>
<context>
    <name>eucora::settings::Tls</name>
    <message>
        <source>cannot read the %1 %2: %3</source>
        <translation>%1 %2 ist nicht lesbar: %3</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>Der Client-Schlüssel</translation>
    </message>
    <message>
        <source>the client key %1 is not an unencrypted PEM private key</source>
        <translation>der Client-Schlüssel %1 ist kein unverschlüsselter privater PEM-Schlüssel</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Die CA-Datei</translation>
    </message>
    <message>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation>die CA-Datei %1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>a client certificate needs both the certificate and its key file</source>
        <translation>ein Client-Zertifikat braucht Zertifikat- und Schlüsseldatei</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>Das Client-Zertifikat</translation>
    </message>
    <message>
        <source>the client certificate %1 holds no PEM certificate</source>
        <translation>das Client-Zertifikat %1 enthält kein PEM-Zertifikat</translation>
    </message>
</context>
<context>
    <name>eucora::settings::TlsProblem</name>
    <message>
        <source>TLS with %1: %2</source>
        <translation>TLS mit %1: %2</translation>
    </message>
    <message>
        <source>unknown issuer</source>
        <translation>unbekannter Aussteller</translation>
    </message>
    <message>
        <source>host name mismatch</source>
        <translation>Hostname passt nicht</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>other certificate error</source>
        <translation>anderer Zertifikatsfehler</translation>
    </message>
    <message>
        <source>certificate refused (%1)</source>
        <translation>Zertifikat abgelehnt (%1)</translation>
    </message>
    <message>
        <source>certificate refused (%1): subject %2, issued by %3, valid %4 to %5, SHA-256 %6</source>
        <translation>Zertifikat abgelehnt (%1): Inhaber %2, ausgestellt von %3, gültig %4 bis %5, SHA-256 %6</translation>
    </message>
</context>
</TS>
