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
</context>
<context>
    <name>eucora::ServerProbe</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>eucora::app</name>
    <message>
        <source>Operations console for the EUCORA control plane: deployments, ring promotions and circuit breakers from Prometheus and the control-plane API.</source>
        <translation>Betriebskonsole für die EUCORA-Steuerungsebene: Deployments, Ring-Promotionen und Circuit Breaker aus Prometheus und der Steuerungs-API.</translation>
    </message>
    <message>
        <source>Prometheus base URL (default %1).</source>
        <translation>Basis-URL von Prometheus (Standard %1).</translation>
    </message>
    <message>
        <source>EUCORA control-plane base URL (default %1).</source>
        <translation>Basis-URL der EUCORA-Steuerungsebene (Standard %1).</translation>
    </message>
    <message>
        <source>Seconds between panel refreshes (default %1).</source>
        <translation>Sekunden zwischen Aktualisierungen der Panels (Standard %1).</translation>
    </message>
    <message>
        <source>--refresh expects a number of seconds between 1 and 86400</source>
        <translation>--refresh erwartet eine Sekundenzahl zwischen 1 und 86400</translation>
    </message>
    <message>
        <source>Time window shown, ending now: 5m, 15m, 1h, 6h, 24h, ... (default 1h).</source>
        <translation>Angezeigtes Zeitfenster bis jetzt: 5m, 15m, 1h, 6h, 24h, ... (Standard 1h).</translation>
    </message>
    <message>
        <source>--range expects a duration between 1m and 400d, such as 15m or 6h</source>
        <translation>--range erwartet eine Dauer zwischen 1m und 400d, etwa 15m oder 6h</translation>
    </message>
</context>
<context>
    <name>eucora::app::ConsoleOptions</name>
    <message>
        <source>--%1 expects an http or https URL, got &quot;%2&quot;</source>
        <translation>--%1 erwartet eine http- oder https-URL, erhalten: „%2“</translation>
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
        <source>Last refresh: %1</source>
        <translation>Letzte Aktualisierung: %1</translation>
    </message>
    <message>
        <source>Last refresh: never</source>
        <translation>Letzte Aktualisierung: nie</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Time range: </source>
        <translation>Zeitraum: </translation>
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
        <source>Last hour</source>
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
        <source>Last %1</source>
        <translation>Letzte %1</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
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
    <name>eucora::app::TimeSeriesPanel</name>
    <message>
        <source>No data in this time range</source>
        <translation>Keine Daten in diesem Zeitraum</translation>
    </message>
    <message>
        <source>(no %1)</source>
        <translation>(kein %1)</translation>
    </message>
</context>
<context>
    <name>eucora::controlplane</name>
    <message>
        <source>the server answered with an empty body</source>
        <translation>der Server hat mit leerem Inhalt geantwortet</translation>
    </message>
</context>
<context>
    <name>eucora::dashboard</name>
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
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
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
        <source>Prometheus unreachable (%1) — rates computed from %2 between scrapes; %3</source>
        <translation>Prometheus nicht erreichbar (%1) — Raten aus %2 zwischen zwei Abrufen berechnet; %3</translation>
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
    <name>eucora::prometheus::PrometheusClient</name>
    <message>
        <source>request cancelled</source>
        <translation>Anfrage abgebrochen</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
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
        <source>the answer uses an encoding the client did not ask for (%1)</source>
        <translation>die Antwort nutzt eine nicht angeforderte Kodierung (%1)</translation>
    </message>
</context>
</TS>
