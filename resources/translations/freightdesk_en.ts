<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BookingsPage</name>
    <message numerus="yes">
        <location filename="../../gui/bookings_page.py" line="286"/>
        <source>%n bookings</source>
        <translation>
            <numerusform>%n booking</numerusform>
            <numerusform>%n bookings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/bookings_page.py" line="288"/>
        <source>%n bookings loaded; scroll down for more</source>
        <translation>
            <numerusform>%n booking loaded; scroll down for more</numerusform>
            <numerusform>%n bookings loaded; scroll down for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/bookings_page.py" line="300"/>
        <source>Sorted by {column} among the %n loaded bookings only; the database lists newest first. Narrow the search to sort all that match.</source>
        <translation>
            <numerusform>Sorted by {column} among the %n loaded booking only; the database lists newest first. Narrow the search to sort all that match.</numerusform>
            <numerusform>Sorted by {column} among the %n loaded bookings only; the database lists newest first. Narrow the search to sort all that match.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlightsPage</name>
    <message numerus="yes">
        <location filename="../../gui/flights_page.py" line="121"/>
        <source>%n upcoming flights</source>
        <translation>
            <numerusform>%n upcoming flight</numerusform>
            <numerusform>%n upcoming flights</numerusform>
        </translation>
    </message>
</context>
</TS>
