<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BookingsPage</name>
    <message numerus="yes">
        <location filename="../../gui/bookings_page.py" line="295"/>
        <source>%n bookings</source>
        <translation>
            <numerusform>%n booking</numerusform>
            <numerusform>%n bookings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/bookings_page.py" line="297"/>
        <source>%n bookings loaded; scroll down for more</source>
        <translation>
            <numerusform>%n booking loaded; scroll down for more</numerusform>
            <numerusform>%n bookings loaded; scroll down for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/bookings_page.py" line="309"/>
        <source>Sorted by {column} among the %n loaded bookings only; the database lists newest first. Narrow the search to sort all that match.</source>
        <translation>
            <numerusform>Sorted by {column} among the %n loaded booking only; the database lists newest first. Narrow the search to sort all that match.</numerusform>
            <numerusform>Sorted by {column} among the %n loaded bookings only; the database lists newest first. Narrow the search to sort all that match.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message numerus="yes">
        <location filename="../../gui/consolidation_check.py" line="137"/>
        <source>All %n houses pass: nothing blocks.</source>
        <translation>
            <numerusform>The house passes: nothing blocks.</numerusform>
            <numerusform>All %n houses pass: nothing blocks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/consolidation_check.py" line="139"/>
        <source>%n houses checked</source>
        <translation>
            <numerusform>%n house checked</numerusform>
            <numerusform>%n houses checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/consolidation_check.py" line="140"/>
        <source>; %n blocked</source>
        <translation>
            <numerusform>; %n blocked</numerusform>
            <numerusform>; %n blocked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/consolidation_check.py" line="141"/>
        <source> (%n blocking findings</source>
        <translation>
            <numerusform> (%n blocking finding</numerusform>
            <numerusform> (%n blocking findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/consolidation_check.py" line="142"/>
        <source>, %n warnings).</source>
        <translation>
            <numerusform>, %n warning).</numerusform>
            <numerusform>, %n warnings).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsolidationsPage</name>
    <message numerus="yes">
        <location filename="../../gui/consolidations_page.py" line="253"/>
        <source>%n consolidations</source>
        <translation>
            <numerusform>%n consolidation</numerusform>
            <numerusform>%n consolidations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message numerus="yes">
        <location filename="../../gui/customers_page.py" line="228"/>
        <source>The first %n customers; type to narrow</source>
        <translation>
            <numerusform>The first customer; type to narrow</numerusform>
            <numerusform>The first %n customers; type to narrow</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/customers_page.py" line="232"/>
        <source>%n customers</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message numerus="yes">
        <location filename="../../gui/document_view.py" line="338"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlightsPage</name>
    <message numerus="yes">
        <location filename="../../gui/flights_page.py" line="228"/>
        <source>%n upcoming flights</source>
        <translation>
            <numerusform>%n upcoming flight</numerusform>
            <numerusform>%n upcoming flights</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HousesPanel</name>
    <message numerus="yes">
        <location filename="../../gui/consolidation_houses.py" line="151"/>
        <source>%n houses</source>
        <translation>
            <numerusform>%n house</numerusform>
            <numerusform>%n houses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/consolidation_houses.py" line="153"/>
        <source>%n houses loaded; scroll for more</source>
        <translation>
            <numerusform>%n house loaded; scroll for more</numerusform>
            <numerusform>%n houses loaded; scroll for more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message numerus="yes">
        <location filename="../../gui/invoices_page.py" line="245"/>
        <source>%n invoices and credit notes</source>
        <translation>
            <numerusform>%n invoice or credit note</numerusform>
            <numerusform>%n invoices and credit notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssueInvoiceDialog</name>
    <message numerus="yes">
        <location filename="../../gui/invoice_issue.py" line="278"/>
        <source>Total {total} (before tax {subtotal}, tax {tax}) · %n line(s)</source>
        <translation>
            <numerusform>Total {total} (before tax {subtotal}, tax {tax}) · %n line</numerusform>
            <numerusform>Total {total} (before tax {subtotal}, tax {tax}) · %n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParcelImportDialog</name>
    <message numerus="yes">
        <location filename="../../gui/consolidation_import.py" line="86"/>
        <source>%n rows read</source>
        <translation>
            <numerusform>%n row read</numerusform>
            <numerusform>%n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/consolidation_import.py" line="88"/>
        <source>; %n already imported (skipped)</source>
        <translation>
            <numerusform>; %n already imported (skipped)</numerusform>
            <numerusform>; %n already imported (skipped)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/consolidation_import.py" line="93"/>
        <source>; %n refused, so nothing is imported</source>
        <translation>
            <numerusform>; %n refused, so nothing is imported</numerusform>
            <numerusform>; %n refused, so nothing is imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RateImportDialog</name>
    <message numerus="yes">
        <location filename="../../gui/rate_import.py" line="90"/>
        <source>%n rows read, all valid: %1 tariffs to import.</source>
        <translation>
            <numerusform>%n row read, all valid: %1 tariffs to import.</numerusform>
            <numerusform>%n rows read, all valid: %1 tariffs to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/rate_import.py" line="93"/>
        <source>%n rows read; %1 refused, %2 valid. Nothing is imported</source>
        <translation>
            <numerusform>%n row read; %1 refused, %2 valid. Nothing is imported</numerusform>
            <numerusform>%n rows read; %1 refused, %2 valid. Nothing is imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TariffsPage</name>
    <message numerus="yes">
        <location filename="../../gui/tariffs_page.py" line="208"/>
        <source>%n tariffs</source>
        <translation>
            <numerusform>%n tariff</numerusform>
            <numerusform>%n tariffs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tariffs_page.py" line="251"/>
        <source>%n tariffs imported</source>
        <translation>
            <numerusform>%n tariff imported</numerusform>
            <numerusform>%n tariffs imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tariffs_page.py" line="269"/>
        <source>%n tariffs exported to {file}</source>
        <translation>
            <numerusform>%n tariff exported to {file}</numerusform>
            <numerusform>%n tariffs exported to {file}</numerusform>
        </translation>
    </message>
</context>
</TS>
