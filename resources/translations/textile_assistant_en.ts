<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/about_dialog.py" line="87"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/about_dialog.py" line="89"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/about_dialog.py" line="90"/>
        <source>Catalogue version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/about_dialog.py" line="91"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/about_dialog.py" line="97"/>
        <source>Textile Compliance Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/about_dialog.py" line="98"/>
        <source>Bundled font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/about_dialog.py" line="99"/>
        <source>Libraries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsBox</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="92"/>
        <source>No backup yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="95"/>
        <source>Last backup: %1 (%n backup(s) in the data folder)</source>
        <translation>
            <numerusform>Last backup: %1 (%n backup in the data folder)</numerusform>
            <numerusform>Last backup: %1 (%n backups in the data folder)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="110"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="116"/>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="121"/>
        <source>Backup written: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="127"/>
        <source>Back up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="127"/>
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="140"/>
        <source>Backups (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="140"/>
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="182"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="152"/>
        <source>Checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="157"/>
        <source>Checking the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="171"/>
        <source>Restore the backup written on {when}?

It holds {products} and {certificates}. Everything entered since then is replaced; the current data is first kept as a backup of its own, so this can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="177"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="179"/>
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificate</numerusform>
            <numerusform>%n certificates</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="183"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="199"/>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="210"/>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="216"/>
        <source>Restored. The data it replaced is kept in {kept}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="236"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="239"/>
        <source>A backup is taken automatically once a day, before every import and before every upgrade of the database; the last {keep} automatic ones are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="243"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="244"/>
        <source>Back up to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="245"/>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="246"/>
        <source>Open backups folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Carbon</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="15"/>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="58"/>
        <source>Fibre / material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="16"/>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="59"/>
        <source>Dyes and auxiliaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="17"/>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="61"/>
        <source>Packaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="18"/>
        <source>Inbound transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="19"/>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="50"/>
        <source>Electricity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="20"/>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="51"/>
        <source>Steam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="21"/>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="53"/>
        <source>Natural gas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="22"/>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="54"/>
        <source>Coal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="23"/>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="55"/>
        <source>Diesel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="24"/>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="56"/>
        <source>Water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="25"/>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="57"/>
        <source>Wastewater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="29"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="30"/>
        <source>Allocate by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="31"/>
        <source>Month&apos;s total basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="32"/>
        <source>Metered totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="33"/>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="34"/>
        <source>Declared unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="35"/>
        <source>Own solar share of electricity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="36"/>
        <source>Solar electricity factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="39"/>
        <source>Raw materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="40"/>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="60"/>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="41"/>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="44"/>
        <source>measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="45"/>
        <source>allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="46"/>
        <source>estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="52"/>
        <source>Purchased heat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="64"/>
        <source>All greenhouse gases (CO2e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="69"/>
        <source>global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="73"/>
        <source>1 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="74"/>
        <source>1 garment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="75"/>
        <source>1 set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="76"/>
        <source>1 piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="77"/>
        <source>1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="81"/>
        <source>own solar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="84"/>
        <source>entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="85"/>
        <source>allocated from a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="86"/>
        <source>factor updated by a sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="134"/>
        <source>all GHG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="65"/>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="136"/>
        <source>CO2 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="138"/>
        <source>firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="140"/>
        <source>catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="147"/>
        <source>Source: {source}
Id: {id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarbonActivities</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_activities.py" line="62"/>
        <source>Default factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_activities.py" line="94"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_activities.py" line="95"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_activities.py" line="96"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_activities.py" line="97"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_activities.py" line="98"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_activities.py" line="99"/>
        <source>Factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_activities.py" line="100"/>
        <source>MJ/kg, MJ/Nm³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_activities.py" line="101"/>
        <source>Yield loss %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarbonChart</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_chart.py" line="58"/>
        <source>No estimate yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarbonEstimateView</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_estimate_view.py" line="58"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_estimate_view.py" line="58"/>
        <source>kgCO2e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_estimate_view.py" line="58"/>
        <source>Factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_estimate_view.py" line="58"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_estimate_view.py" line="75"/>
        <source>No estimate yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_estimate_view.py" line="80"/>
        <source>{total:.3f} kgCO2e per {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_estimate_view.py" line="85"/>
        <source>Uncertainty band: {low:.3f} – {high:.3f} kgCO2e (±{u:.3f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_estimate_view.py" line="90"/>
        <source>Measured data: {share:.0f} % of the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_estimate_view.py" line="94"/>
        <source>Screening estimate, not third-party verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_estimate_view.py" line="96"/>
        <source>CO2 only (not all greenhouse gases): {lines}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarbonFactorDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_factor_dialog.py" line="122"/>
        <source>Firm emission factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_factor_dialog.py" line="125"/>
        <source>Enter a factor you can vouch for: your supplier&apos;s footprint or one from a database you license. The source is required; the app never proposes a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_factor_dialog.py" line="132"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_factor_dialog.py" line="133"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_factor_dialog.py" line="134"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_factor_dialog.py" line="135"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_factor_dialog.py" line="136"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_factor_dialog.py" line="137"/>
        <source>Gases counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_factor_dialog.py" line="138"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_factor_dialog.py" line="139"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_factor_dialog.py" line="140"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_factor_dialog.py" line="141"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarbonFactorRemoveDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_factor_remove_dialog.py" line="82"/>
        <source>Remove a firm factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_factor_remove_dialog.py" line="85"/>
        <source>A factor that a product&apos;s activity data or a kept estimate uses stays: it is the source of those figures. The platform&apos;s factors change only with a sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_factor_remove_dialog.py" line="89"/>
        <source>The firm has entered no factors of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_factor_remove_dialog.py" line="90"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarbonMonthDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_month_dialog.py" line="143"/>
        <source>A mill&apos;s month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_month_dialog.py" line="147"/>
        <source>Month (YYYY-MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_month_dialog.py" line="148"/>
        <source>Allocate by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_month_dialog.py" line="149"/>
        <source>Month&apos;s total basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_month_dialog.py" line="150"/>
        <source>Declared unit (new data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_month_dialog.py" line="156"/>
        <source>output mass (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_month_dialog.py" line="157"/>
        <source>machine hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_month_dialog.py" line="161"/>
        <source>Month&apos;s total (0: not metered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_month_dialog.py" line="161"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_month_dialog.py" line="161"/>
        <source>MJ/kg, MJ/Nm³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_month_dialog.py" line="166"/>
        <source>Metered totals of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_month_dialog.py" line="167"/>
        <source>Shares: each product&apos;s part of the basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_month_dialog.py" line="169"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_month_dialog.py" line="169"/>
        <source>Basis (kg or hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_month_dialog.py" line="169"/>
        <source>Declared units made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_month_dialog.py" line="171"/>
        <source>Add product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_month_dialog.py" line="172"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_month_dialog.py" line="183"/>
        <source>Other output (not in the app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_month_dialog.py" line="209"/>
        <source>Listed {listed:g} of {total:g}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarbonPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="181"/>
        <source>Carbon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="184"/>
        <source>Declared unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="185"/>
        <source>Save and estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="186"/>
        <source>Mill&apos;s month…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="187"/>
        <source>Firm factor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="188"/>
        <source>Add a factor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="189"/>
        <source>Remove a factor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="190"/>
        <source>PDF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="191"/>
        <source>Export data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="192"/>
        <source>Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="193"/>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="195"/>
        <source>Activity data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="195"/>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="195"/>
        <source>What if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="195"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="199"/>
        <source>Computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="199"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="199"/>
        <source>kgCO2e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="199"/>
        <source>Band ±</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="199"/>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="258"/>
        <source>no estimate was kept before it was issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="260"/>
        <source>based on the estimate of {when}: {total:.3f} kgCO2e per {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="267"/>
        <source>Verified footprint certificate {number} ({issuer}, issued {issued}), {based}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="282"/>
        <source>verified by {numbers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="363"/>
        <source>Save the carbon report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="370"/>
        <source>Writing the carbon report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="376"/>
        <source>Export activity data and factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="384"/>
        <source>Exporting carbon data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="388"/>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarbonWhatIf</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_what_if.py" line="77"/>
        <source>Own solar share of electricity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_what_if.py" line="78"/>
        <source>Solar electricity factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_what_if.py" line="79"/>
        <source>Other grid electricity factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_what_if.py" line="80"/>
        <source>Less steam per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_what_if.py" line="84"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_what_if.py" line="85"/>
        <source>As entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_what_if.py" line="86"/>
        <source>What if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_what_if.py" line="123"/>
        <source>Difference: {delta:+.3f} kgCO2e per {unit} ({pct:+.1f} %)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateDetail</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/certificate_detail.py" line="48"/>
        <source>{scheme} {number}, issued by {issuer} on {issued}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/certificate_detail.py" line="56"/>
        <source>Products: {products}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/certificate_detail.py" line="58"/>
        <source>Scope: {scope}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/certificate_detail.py" line="62"/>
        <source>{sku}: no carbon estimate was kept before it was issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/certificate_detail.py" line="68"/>
        <source>{sku}: based on the screening estimate of {when}: {total:.3f} kgCO2e per {unit}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="260"/>
        <source>New certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="261"/>
        <source>Edit certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="262"/>
        <source>Renew certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="266"/>
        <source>Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="267"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="268"/>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="269"/>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="270"/>
        <source>Product class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="271"/>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="272"/>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="273"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="274"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="275"/>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="278"/>
        <source>Does not expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="279"/>
        <source>no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="281"/>
        <source>Attach scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="282"/>
        <source>Open scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="283"/>
        <source>Products it covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="285"/>
        <source>Find a product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="286"/>
        <source>e.g. SGS, TESTEX, CQC</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="361"/>
        <source>{scheme} certificates usually run %n month(s).</source>
        <translation>
            <numerusform>{scheme} certificates usually run %n month.</numerusform>
            <numerusform>{scheme} certificates usually run %n months.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="363"/>
        <source>{scheme} certificates always expire: copy the date from the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="384"/>
        <source>Attach a scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="386"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="410"/>
        <source>Will attach: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="412"/>
        <source>Attached: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="414"/>
        <source>No scan attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="440"/>
        <source>A certificate numbered “{number}” is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/certificate_table_model.py" line="68"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/certificate_table_model.py" line="69"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/certificate_table_model.py" line="70"/>
        <source>Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/certificate_table_model.py" line="71"/>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/certificate_table_model.py" line="72"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/certificate_table_model.py" line="73"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/certificate_table_model.py" line="74"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/certificate_table_model.py" line="75"/>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/certificate_table_model.py" line="117"/>
        <source>(whole firm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/certificate_table_model.py" line="121"/>
        <source>no expiry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/certificates_page.py" line="144"/>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/certificates_page.py" line="147"/>
        <source>Find by number, issuer or SKU…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/certificates_page.py" line="148"/>
        <source>Show replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/certificates_page.py" line="149"/>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/certificates_page.py" line="150"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/certificates_page.py" line="151"/>
        <source>Renew…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/certificates_page.py" line="152"/>
        <source>Record the new certificate; the old one stays in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/certificates_page.py" line="153"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/certificates_page.py" line="154"/>
        <source>Open scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/certificates_page.py" line="155"/>
        <source>Enter results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/certificates_page.py" line="156"/>
        <source>Type the results of the selected test report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/certificates_page.py" line="157"/>
        <source>Import results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/certificates_page.py" line="159"/>
        <source>Read the selected test report&apos;s results from a spreadsheet (a dry run first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/certificates_page.py" line="313"/>
        <source>Delete certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/certificates_page.py" line="314"/>
        <source>Delete certificate {number}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/certificates_page.py" line="320"/>
        <source>Its record is removed; a scan file stays in the data folder. To keep it as history, renew it instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPrinter</name>
    <message>
        <location filename="../../desktop_app/ui/checklist_printer.py" line="47"/>
        <source>Print checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checklist_printer.py" line="49"/>
        <source>No product is selected. Select the products to print in the list (Ctrl+click for several, Ctrl+A for all), then print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checklist_printer.py" line="85"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checklist_printer.py" line="86"/>
        <source>Writing checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checklist_printer.py" line="92"/>
        <source>Checklist ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checklist_printer.py" line="93"/>
        <source>The checklist was saved as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checklist_printer.py" line="94"/>
        <source>Preview and print…</source>
        <translation>Preview and print…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checklist_printer.py" line="95"/>
        <source>Open in PDF viewer</source>
        <translation>Open in PDF viewer</translation>
    </message>
</context>
<context>
    <name>CompositionEditor</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/composition_editor.py" line="46"/>
        <source>Add fibre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/composition_editor.py" line="51"/>
        <source>(choose a fibre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/composition_editor.py" line="62"/>
        <source>Remove this fibre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/composition_editor.py" line="106"/>
        <source>Choose a fibre in every row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/composition_editor.py" line="120"/>
        <source>Total: {total} %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictBox</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/conflict_box.py" line="51"/>
        <source>What you typed is still in this dialog. Reload the saved version to see the other change (your edit here is replaced), or cancel your edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/conflict_box.py" line="55"/>
        <source>Reload the saved version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/conflict_box.py" line="56"/>
        <source>Cancel my edit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="148"/>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="165"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="167"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="169"/>
        <source>Expired certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="170"/>
        <source>Expiring certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="171"/>
        <source>Products with gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="172"/>
        <source>Unread notices about your products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="173"/>
        <source>Products not proven compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="179"/>
        <source>Catalogue version {version} · last sync: {sync}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="185"/>
        <source>No products yet. Press Ctrl+N to add your first product, or load the demo data from the File menu to look around.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="190"/>
        <source>Expired certificates (%n)</source>
        <translation>
            <numerusform>Expired certificates (%n)</numerusform>
            <numerusform>Expired certificates (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="192"/>
        <source>Expiring within {days} days (%n)</source>
        <translation>
            <numerusform>Expiring within {days} days (%n)</numerusform>
            <numerusform>Expiring within {days} days (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="194"/>
        <source>Products with gaps (%n)</source>
        <translation>
            <numerusform>Products with gaps (%n)</numerusform>
            <numerusform>Products with gaps (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="195"/>
        <source>Unread notices about your products (%n)</source>
        <translation>
            <numerusform>Unread notices about your products (%n)</numerusform>
            <numerusform>Unread notices about your products (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="196"/>
        <source>No expired certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="197"/>
        <source>Nothing expires soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="204"/>
        <source>Every claim is backed by a valid certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="209"/>
        <source>Concerns: {skus}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="213"/>
        <source>No unread notices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="218"/>
        <source>Failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="219"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="220"/>
        <source>Incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="225"/>
        <source>Products not proven compliant: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="227"/>
        <source>%n failing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="234"/>
        <source>Every product is proven compliant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="240"/>
        <source>whole firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="243"/>
        <source>expires {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscardGuard</name>
    <message>
        <location filename="../../desktop_app/ui/discard_guard.py" line="37"/>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/discard_guard.py" line="38"/>
        <source>You have changed this form. Discard the changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/discard_guard.py" line="44"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/discard_guard.py" line="47"/>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="30"/>
        <source>The disk is full, so this change was not saved; no record was lost. Free some space (empty the recycle bin, move old files away) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="35"/>
        <source>The data folder {path} cannot be written (it is read-only), so this change was not saved; no record was lost. Ask whoever looks after this computer to allow writing there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="40"/>
        <source>The disk reported an error while writing, so this change was not saved; no record was lost. Back up now (Settings → Backups) and have the disk checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="45"/>
        <source>The database file {path} cannot be opened, so this change was not saved; no record was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="56"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="57"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="58"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="59"/>
        <source>Age group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="60"/>
        <source>Skin contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="61"/>
        <source>Markets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="62"/>
        <source>Composition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="63"/>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="64"/>
        <source>Finishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="65"/>
        <source>Certificate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="66"/>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="67"/>
        <source>Expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="68"/>
        <source>Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="69"/>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="77"/>
        <source>{field} “{value}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="81"/>
        <source>“{key}” was not found; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="85"/>
        <source>{field}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="93"/>
        <source>Nothing was imported; your records are as they were. ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="97"/>
        <source>Backup stopped: {reason}. Nothing in your records was replaced. ({path})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="103"/>
        <source>A file could not be read or written: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="106"/>
        <source>Something went wrong: {error}. The log file has the details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/help_dialog.py" line="33"/>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/history_box.py" line="22"/>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/history_box.py" line="23"/>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/history_box.py" line="24"/>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryBox</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/history_box.py" line="76"/>
        <source>History (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/history_box.py" line="79"/>
        <source>No changes recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostBanner</name>
    <message>
        <location filename="../../desktop_app/ui/host_banner.py" line="74"/>
        <source>Cannot reach the database host; what is shown is as it was last loaded. Nothing was lost; retrying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/host_banner.py" line="78"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostBox</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/host_box.py" line="56"/>
        <source>Several PCs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/host_box.py" line="58"/>
        <source>This PC keeps the firm&apos;s records in its own file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/host_box.py" line="61"/>
        <source>This PC uses the database host {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/host_box.py" line="63"/>
        <source>Several PCs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/host_box.py" line="64"/>
        <source>Several PCs (database host)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/host_box.py" line="65"/>
        <source>Share one set of records between the office&apos;s PCs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostReport</name>
    <message>
        <location filename="../../desktop_app/ui/host_report.py" line="41"/>
        <source>Reachable: the host {host} answered in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/host_report.py" line="47"/>
        <source>PostgreSQL {version}: supported ({minimum} or newer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/host_report.py" line="53"/>
        <source>Encoding UTF8: Chinese text is kept as typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/host_report.py" line="57"/>
        <source>The pg_trgm extension is there, for the standards search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/host_report.py" line="63"/>
        <location filename="../../desktop_app/ui/host_report.py" line="77"/>
        <source>The role may create tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/host_report.py" line="68"/>
        <source>The role may not create tables, but the schema is there already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/host_report.py" line="84"/>
        <source>No schema yet: on the host PC, press Create the schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/host_report.py" line="93"/>
        <source>The schema is there and up to date ({revision}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/host_report.py" line="102"/>
        <source>The schema is at {found}; Create the schema brings it to {revision}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/host_report.py" line="109"/>
        <source>The host can keep the firm&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/host_report.py" line="119"/>
        <source>The password was not kept: this PC has no usable system keyring. The step itself is done. Without the keyring, the app reaches the host only when the PGPASSWORD environment variable holds the password: set it on this PC for the user who runs the app, or the host will refuse the login at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/host_report.py" line="133"/>
        <source>Every table was moved to {host} and checked: the same rows, the same checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/host_report.py" line="158"/>
        <source>{table}: %n row(s), checksum {checksum}</source>
        <translation>
            <numerusform>{table}: %n row, checksum {checksum}</numerusform>
            <numerusform>{table}: %n rows, checksum {checksum}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/host_report.py" line="148"/>
        <source>The local file was kept as it was; this PC uses the host from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostSetupDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="214"/>
        <source>Enter the host&apos;s address and the database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="224"/>
        <source>This is not a host address: write a name or an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="280"/>
        <source>Cancelled: nothing was moved, the host is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="282"/>
        <source>Cancelled. Press Check to see how the host is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="302"/>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="409"/>
        <source>Asking the host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="316"/>
        <source>The schema on the host is ready (revision {revision}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="325"/>
        <source>The records on the host were backed up first, to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="331"/>
        <source>Next: move this PC&apos;s records to the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="339"/>
        <source>Creating the schema…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="369"/>
        <source>Moving the records, table by table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="389"/>
        <source>The host has no records yet: set it up on the host PC first (this PC is the host → Create the schema, Move the records).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="399"/>
        <source>This PC will use the host {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="422"/>
        <source>This PC will keep its records in its own file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="424"/>
        <source>This PC already keeps its records in its own file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="436"/>
        <source>Going back to this PC&apos;s own file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="458"/>
        <source>Now this PC keeps the records in its own file ({path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="462"/>
        <source>Now this PC uses the database host {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="465"/>
        <source>The address was given at start (--database-url or TEXTILE_ASSISTANT_DATABASE_URL): it wins over what is set here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="470"/>
        <source>From the next start it uses {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="474"/>
        <source>From the next start it uses its own file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="475"/>
        <source>Close the app and open it again to switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="479"/>
        <source>Several PCs, one set of records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="483"/>
        <source>This PC keeps its records (one PC, nothing to set up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="484"/>
        <source>This PC is the host (it runs PostgreSQL for the others)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="485"/>
        <source>Connect to a host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="492"/>
        <source>The records stay in the file in this PC&apos;s data folder, as always.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="494"/>
        <source>Install PostgreSQL first (installer/README.md), then: Check, Create the schema, Move the records. The local file is kept as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="497"/>
        <source>For the other PCs, once the host is set up: Check, then Use this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="501"/>
        <source>Database host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="504"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="504"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="504"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="504"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="504"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="507"/>
        <source>e.g. 192.168.1.10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="508"/>
        <source>kept in the system keyring, never in a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="509"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="510"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="511"/>
        <source>Create the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="512"/>
        <source>Move the records here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="513"/>
        <source>Use this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="514"/>
        <source>Use this PC&apos;s own file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="515"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="150"/>
        <source>Import products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="150"/>
        <source>Import certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="151"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="152"/>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="153"/>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="154"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="157"/>
        <source>How a CSV file&apos;s text is stored; .xlsx files need no choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="159"/>
        <source>All or nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="160"/>
        <source>Import nothing if any row is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="161"/>
        <source>Save template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="162"/>
        <source>A blank .xlsx with the columns the import knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="163"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="173"/>
        <source>No file chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="189"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="189"/>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="191"/>
        <source>Choose a .xlsx or .csv file to see what it would import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="228"/>
        <source>Choose a file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="230"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="238"/>
        <source>Save template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="240"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="272"/>
        <source>… and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="275"/>
        <source>Change what applies?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="277"/>
        <source>These changes decide which standards apply to existing products (and at which grade). Import them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="286"/>
        <source>Import these changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="287"/>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="311"/>
        <source>Importing {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="311"/>
        <source>Checking {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="364"/>
        <source>Stopped before the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="394"/>
        <source>Template saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_texts.py" line="23"/>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_texts.py" line="24"/>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_texts.py" line="25"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_texts.py" line="27"/>
        <source>Read as {encoding}, separated by {separator}; header on row {row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_texts.py" line="34"/>
        <source>Sheet “{sheet}”, header on row {row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_texts.py" line="47"/>
        <source>Imported: {added}, {updated}; {rejected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_texts.py" line="60"/>
        <source>A backup was saved first: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_texts.py" line="62"/>
        <source>{added}, {updated}, {unchanged}; {rejected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_texts.py" line="71"/>
        <source>Nothing was written: some rows are rejected and “All or nothing” is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_texts.py" line="75"/>
        <source>Nothing was written: the records already match the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_texts.py" line="79"/>
        <source>All or nothing: nothing can be imported while any row is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_texts.py" line="83"/>
        <source>Nothing to import: the file has no new or changed rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_texts.py" line="87"/>
        <source>Nothing has been written yet; Import writes the new and changed rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_texts.py" line="97"/>
        <source>The file lacks required columns: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_texts.py" line="100"/>
        <source>No header row naming the needed columns was found near the top of the file. It needs: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_texts.py" line="104"/>
        <source>The file was not found; it may have been moved or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_texts.py" line="107"/>
        <source>The file is not {encoding} text. Choose another encoding, or Automatic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_texts.py" line="110"/>
        <source>Old .xls workbooks cannot be read; save the file as .xlsx or .csv in Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_texts.py" line="113"/>
        <source>This is not a readable .xlsx workbook; it may be damaged or of another kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_texts.py" line="116"/>
        <source>A template is an .xlsx file; choose a name ending in .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_texts.py" line="124"/>
        <source>This file cannot be imported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportErrorsModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/import_errors_model.py" line="49"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/import_errors_model.py" line="50"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/import_errors_model.py" line="51"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/import_errors_model.py" line="52"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportMappingModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/import_mapping_model.py" line="72"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/import_mapping_model.py" line="72"/>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/import_mapping_model.py" line="82"/>
        <source>(not used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/import_mapping_model.py" line="84"/>
        <source>— not in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/import_mapping_model.py" line="89"/>
        <source>The file has no column for this; updated records keep their stored value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/import_mapping_model.py" line="91"/>
        <source>The import does not know this column and leaves it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/import_mapping_model.py" line="93"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/import_preview_model.py" line="86"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/import_preview_model.py" line="88"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/import_preview_model.py" line="90"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/import_preview_model.py" line="91"/>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/import_preview_model.py" line="92"/>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/import_preview_model.py" line="93"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/import_preview_model.py" line="118"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/import_preview_model.py" line="155"/>
        <source>This change decides which standards apply; Import asks before writing it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/import_report_view.py" line="84"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/import_report_view.py" line="85"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/import_report_view.py" line="93"/>
        <source>Problems ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/import_report_view.py" line="99"/>
        <source>Showing the first {shown} of {total} rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="239"/>
        <source>Textile Compliance Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="245"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="246"/>
        <source>New product or certificate (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="247"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="248"/>
        <source>&amp;Print checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="253"/>
        <source>&amp;Update catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="254"/>
        <source>Fetch the latest standards from the platform (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="255"/>
        <source>&amp;Import update file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="256"/>
        <source>Apply an offline catalogue update file from the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="257"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="237"/>
        <source>Textile Compliance Assistant — Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="240"/>
        <source>Demo data: not your firm&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="249"/>
        <source>&amp;Record results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="251"/>
        <source>Enter an inspector&apos;s results from a printed checklist: scan its QR code (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="258"/>
        <source>Open the &amp;demo firm (separate data)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="261"/>
        <source>Opens a demo firm with sample products and certificates in a second window, from its own data folder: your records are not touched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="266"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="267"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="268"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="269"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="270"/>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="271"/>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="272"/>
        <source>&amp;Detail pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="273"/>
        <source>Show or hide the detail pane of products and standards (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="274"/>
        <source>&amp;Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="275"/>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="276"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue_updates.py" line="29"/>
        <location filename="../../desktop_app/ui/catalogue_updates.py" line="38"/>
        <source>Updating the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="374"/>
        <source>The daily backup could not be written: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="379"/>
        <source>The catalogue is being updated; restore a backup when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue_updates.py" line="43"/>
        <source>Import update file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue_updates.py" line="45"/>
        <source>Update files (*.zip *.tcpkg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue_updates.py" line="56"/>
        <source>Importing the update file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue_updates.py" line="66"/>
        <source>The catalogue is already being updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue_updates.py" line="89"/>
        <source>Update cancelled; what was fetched so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue_updates.py" line="99"/>
        <source>Catalogue updated to version {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue_updates.py" line="134"/>
        <source>Catalogue update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/demo_and_help.py" line="39"/>
        <source>Preparing the demo firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/demo_and_help.py" line="48"/>
        <source>Demo firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/demo_and_help.py" line="49"/>
        <source>The demo firm could not be opened. Start the program with --data-dir {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/demo_and_help.py" line="56"/>
        <source>The demo firm opens in a second window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="438"/>
        <source>Catalogue version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="440"/>
        <source>Last sync: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="456"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="477"/>
        <source>Could not complete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationNotes</name>
    <message>
        <location filename="../../desktop_app/ui/migration_notes.py" line="27"/>
        <source>Records upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/migration_notes.py" line="28"/>
        <source>Every record was kept. A few values need a look:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticesPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="84"/>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="108"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="109"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="110"/>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="162"/>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="164"/>
        <source>Mark unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="164"/>
        <source>Mark read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="171"/>
        <source>{severity} · published {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="176"/>
        <source>Takes effect {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="178"/>
        <source>Standards: {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="180"/>
        <source>Concerns your products: {skus}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="212"/>
        <source>Notices about your products come first. Unread ones are bold; select one to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="215"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="215"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="215"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="215"/>
        <source>Your products concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="217"/>
        <source>Open link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="218"/>
        <source>Select a notice to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="26"/>
        <source>Opening the firm&apos;s records…
After an update of the app this can take a minute: the database is being brought up to date. Please do not close the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="53"/>
        <source>Textile Compliance Assistant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OriginsEdit</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/origins_edit.py" line="48"/>
        <source>Other origins, as ISO codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/origins_edit.py" line="49"/>
        <source>e.g. VN, PK, CN-GD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/origins_edit.py" line="68"/>
        <source>“{codes}” is not an ISO country code; write codes such as VN or CN-GD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../desktop_app/ui/pages/page.py" line="84"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/page.py" line="85"/>
        <source>Import from an Excel or CSV spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/page.py" line="94"/>
        <source>Could not complete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/print_preview.py" line="106"/>
        <source>Print preview — {name}</source>
        <translation>Print preview — {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/print_preview.py" line="107"/>
        <source>of {n}</source>
        <translation>of {n}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/print_preview.py" line="108"/>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/print_preview.py" line="109"/>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/print_preview.py" line="110"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/print_preview.py" line="111"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/print_preview.py" line="112"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/product_dialog.py" line="137"/>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/product_dialog.py" line="138"/>
        <source>Edit product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/product_dialog.py" line="139"/>
        <source>Duplicate product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/product_dialog.py" line="194"/>
        <source>The upper bound is below the lower bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/product_dialog.py" line="181"/>
        <location filename="../../desktop_app/ui/dialogs/product_dialog.py" line="252"/>
        <source>Another product already has SKU “{sku}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductForm</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="265"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="266"/>
        <source>Components and finishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="267"/>
        <source>Markets and origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="269"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="270"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="271"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="272"/>
        <source>Product type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="273"/>
        <source>Construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="274"/>
        <source>Age group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="275"/>
        <source>Age (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="276"/>
        <source>Height (cm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="277"/>
        <source>Skin contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="278"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="279"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="280"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="283"/>
        <source>e.g. BB-001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="284"/>
        <source>e.g. 婴儿连体衣 Baby bodysuit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="285"/>
        <source>— not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="299"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="302"/>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="305"/>
        <source>Age and height ranges are optional, but rules on sleepwear, cords and infant limits depend on them: a standard that needs one shows as “possible” until it is recorded. Chinese children&apos;s sizes go by height.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="310"/>
        <source>Fibre composition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="311"/>
        <source>Components and trims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="312"/>
        <source>Finishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="313"/>
        <source>Claims on the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="314"/>
        <source>Markets sold to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="317"/>
        <source>A market contains its parts: US covers every state, EU every member state. Tick a state alone when the product is sold only there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="321"/>
        <source>Origin of fibres and materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="334"/>
        <source>Find a market or state…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="341"/>
        <source>Markets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="342"/>
        <source>States and provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="343"/>
        <source>EU member states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="347"/>
        <source>{value} (not a known value: uncheck it or keep it as recorded)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductPanel</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="103"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="103"/>
        <source>Standard and why it applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="114"/>
        <source>Select a product to see its standards and certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="116"/>
        <source>Applicable standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="117"/>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="118"/>
        <source>Gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="129"/>
        <source>Applicable standards (%n)</source>
        <translation>
            <numerusform>Applicable standards (%n)</numerusform>
            <numerusform>Applicable standards (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="131"/>
        <source>Certificates (%n)</source>
        <translation>
            <numerusform>Certificates (%n)</numerusform>
            <numerusform>Certificates (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="135"/>
        <source>expires {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="141"/>
        <source>No certificate covers this product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="145"/>
        <source>Gaps (%n)</source>
        <translation>
            <numerusform>Gaps (%n)</numerusform>
            <numerusform>Gaps (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="149"/>
        <source>No gaps: every claim is backed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="158"/>
        <source>Proof of compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="164"/>
        <source>Proof of compliance: %1 of %2 proven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="174"/>
        <source>No standard applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="178"/>
        <source>Compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="179"/>
        <source>Failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="180"/>
        <source>Incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="181"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="182"/>
        <source>Not required yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="195"/>
        <source>evidence ran out on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="200"/>
        <source>; and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="201"/>
        <source>no result for {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="204"/>
        <source>tested {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="208"/>
        <source>meets grade {grade}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="217"/>
        <source>{item} {value}, limit {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="222"/>
        <source>{margin} over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="230"/>
        <source>{range} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="232"/>
        <source>{range} cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="235"/>
        <source>origin {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="242"/>
        <source>In force (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="243"/>
        <source>Possible: record what is missing (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="244"/>
        <source>Upcoming (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="276"/>
        <source>Possible: record {attributes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="280"/>
        <source>from {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="282"/>
        <source>Upcoming: applies from {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="284"/>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="286"/>
        <source>record {attributes} to settle some items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="293"/>
        <source>{code}: {item} {limit}, from {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="302"/>
        <source>product type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="303"/>
        <source>construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="304"/>
        <source>age range (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="305"/>
        <source>height range (cm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="306"/>
        <source>origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="312"/>
        <source>Hide history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="312"/>
        <source>Show history (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="234"/>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="308"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/product_table_model.py" line="52"/>
        <source>Infant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/product_table_model.py" line="53"/>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/product_table_model.py" line="54"/>
        <source>Adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/product_table_model.py" line="221"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/product_table_model.py" line="222"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/product_table_model.py" line="223"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/product_table_model.py" line="224"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/product_table_model.py" line="225"/>
        <source>Age group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/product_table_model.py" line="226"/>
        <source>Markets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/product_table_model.py" line="227"/>
        <source>Composition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/product_table_model.py" line="228"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/product_table_model.py" line="229"/>
        <source>Gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/product_table_model.py" line="230"/>
        <source>Proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/models/product_table_model.py" line="268"/>
        <source>%n claim(s) without a valid certificate</source>
        <translation>
            <numerusform>%n claim without a valid certificate</numerusform>
            <numerusform>%n claims without a valid certificate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/products_page.py" line="194"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products_page.py" line="197"/>
        <source>Find by SKU, name or customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products_page.py" line="199"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products_page.py" line="200"/>
        <source>All markets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products_page.py" line="204"/>
        <source>Show products by their proof of compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products_page.py" line="205"/>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products_page.py" line="206"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products_page.py" line="207"/>
        <source>Duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products_page.py" line="208"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products_page.py" line="209"/>
        <source>Print checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products_page.py" line="397"/>
        <source>Delete product {sku}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/products_page.py" line="399"/>
        <source>Delete %n product(s)?</source>
        <translation>
            <numerusform>Delete %n product?</numerusform>
            <numerusform>Delete %n products?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products_page.py" line="402"/>
        <source>Delete products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products_page.py" line="409"/>
        <source>Certificates are kept: they stay in the certificates list, without this product. Checklists already printed keep its SKU.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProofStatus</name>
    <message>
        <location filename="../../desktop_app/ui/proof_status.py" line="34"/>
        <source>Failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/proof_status.py" line="35"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/proof_status.py" line="36"/>
        <source>Incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/proof_status.py" line="37"/>
        <source>Compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/proof_status.py" line="38"/>
        <source>Not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/proof_status.py" line="45"/>
        <source>A test result does not meet a limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/proof_status.py" line="46"/>
        <source>The newest evidence is older than the re-test interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/proof_status.py" line="49"/>
        <source>Some items with a limit have no result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/proof_status.py" line="50"/>
        <source>Every item with a limit has a passing result in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/proof_status.py" line="53"/>
        <source>No standard in force asks for proof yet (upcoming or possible only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/proof_status.py" line="63"/>
        <source>Any proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/proof_status.py" line="64"/>
        <source>Not proven compliant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="61"/>
        <source>not a date; write it as 2025-10-24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="132"/>
        <source>a date is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="133"/>
        <source>no such day; write it as 2025-10-24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="134"/>
        <source>day and month order is ambiguous; write the year first, e.g. 2025-10-24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="142"/>
        <source>cannot read the composition; write e.g. 95%棉 5%氨纶 or cotton 95, elastane 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="43"/>
        <source>percent must be above 0 and at most 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="42"/>
        <source>fibre listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="26"/>
        <source>must be one of {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="35"/>
        <source>at most {max} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="38"/>
        <source>give the fibre composition, e.g. 95%棉 5%氨纶 or cotton:95 elastane:5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="41"/>
        <source>fibre names are lower-case words, e.g. cotton</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="44"/>
        <source>percentages sum to {total}, not 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="45"/>
        <source>write fibre:percent, e.g. cotton:95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="46"/>
        <source>the percent is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="48"/>
        <source>is before the issue date {issued}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="30"/>
        <source>a value is repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="34"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="36"/>
        <source>at least one market is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="37"/>
        <source>use a two-letter country code, EU or GLOBAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="47"/>
        <source>name the certification body or lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="49"/>
        <source>this data folder holds the firm&apos;s own records; the demo firm is in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="52"/>
        <source>{scheme} certificates always expire: enter the expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="55"/>
        <source>no product with this SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="56"/>
        <source>certificate {number} exists in several schemes ({schemes}); choose the scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="59"/>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="60"/>
        <source>attach a PDF or an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="62"/>
        <source>must be between {low} and {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="63"/>
        <source>no product in this category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="64"/>
        <source>choose one or more products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="65"/>
        <source>no product to print a checklist for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="66"/>
        <source>choose a file to write, or a folder for one file per product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="69"/>
        <source>its folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="70"/>
        <source>must be 1 to 100 characters without spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="71"/>
        <source>is a key shipped with the app, with other bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="74"/>
        <source>is shipped with the app and cannot be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="75"/>
        <source>must be printable ASCII without spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="76"/>
        <source>{kind} “{key}” was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="77"/>
        <source>already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="78"/>
        <source>the database was written by a newer version of the app (schema {found}; this version knows up to {known}) and was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="82"/>
        <source>the database {path} is damaged ({detail}) and was left untouched; the newest good backup is {backup}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="86"/>
        <source>the database {path} is damaged ({detail}) and was left untouched; no good backup was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="90"/>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="91"/>
        <source>the data folder cannot be written (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="92"/>
        <source>the disk reported an error while writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="93"/>
        <source>the database file cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="94"/>
        <source>not a database address; write it as postgresql://role@host/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="97"/>
        <source>the database host {host} cannot be reached; nothing was saved and no record was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="100"/>
        <source>the database host {host} refused the login: check the role and the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="103"/>
        <source>the database host {host} has no such database; create it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="106"/>
        <source>the database host {host} runs PostgreSQL {found}; version {minimum} or newer is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="109"/>
        <source>the database host {host} lacks the pg_trgm extension, which the standards search needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="112"/>
        <source>role {role} may not create tables on the database host {host}; make it the database&apos;s owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="116"/>
        <source>the database on {host} uses the encoding {encoding}, not UTF8, so Chinese text cannot be kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="120"/>
        <source>{who} changed {kind} “{key}” at {when}, after you opened it: {fields}. Your changes were not saved and nothing was overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="125"/>
        <source>the database on {host} already holds a firm&apos;s records ({tables}); records are moved only into an empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="129"/>
        <source>the copy of table {table} did not match the local file ({detail}); nothing was moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="137"/>
        <source>must not be empty; one of {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="138"/>
        <source>not known; use one of {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="139"/>
        <source>fibre “{fibre}” is not known; use e.g. 棉, 涤纶, 氨纶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="145"/>
        <source>repeated in this file (first at row {first_row})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="146"/>
        <source>no earlier certificate with this number (in the register or above in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="149"/>
        <source>old .xls workbooks cannot be read; save it as .xlsx or .csv in Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="152"/>
        <source>not a readable .xlsx workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="153"/>
        <source>unknown encoding {encoding}; try utf-8 or gb18030</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="156"/>
        <source>not valid {encoding} text at byte {byte}; choose another encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="159"/>
        <source>this is not a text (CSV) file; save it as .xlsx or .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="160"/>
        <source>cannot read the CSV ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="161"/>
        <source>no header row with the needed columns was found ({columns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="164"/>
        <source>required columns are missing ({columns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="165"/>
        <source>write to a .xlsx or .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="166"/>
        <source>cannot write the file ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="167"/>
        <source>cannot write the file: is it open in Excel, or read-only?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="170"/>
        <source>templates are .xlsx files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="171"/>
        <source>nothing was written; the records are as they were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="174"/>
        <source>more than {limit} data rows (the limit was crossed at row {row} of sheet {sheet}); split the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="178"/>
        <source>column {column} holds a value (sheet {sheet}, row {row}); only columns up to {limit_column} ({limit}) are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="182"/>
        <source>larger than {limit_mb} MB once unpacked (at {member}); not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="185"/>
        <source>line {row} is longer than {limit} characters; not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="188"/>
        <source>{member} declares a document type or entities, which no spreadsheet needs; not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="191"/>
        <source>asked for since={asked}, the page starts at {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="194"/>
        <source>has_more but no progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="195"/>
        <source>field {field}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="196"/>
        <source>malformed signature header (expected ed25519:&lt;key-id&gt;:&lt;base64&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="199"/>
        <source>signature is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="200"/>
        <source>an Ed25519 signature has 64 bytes, this has {length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="203"/>
        <source>the page has no signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="204"/>
        <source>signed by key {key_id}, which is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="205"/>
        <source>the signature does not match the page (key {key_id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="208"/>
        <source>the trusted key {key_id} is not a valid Ed25519 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="211"/>
        <source>the platform did not accept the access token (HTTP {status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="214"/>
        <source>the access token may not read the catalogue (HTTP {status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="217"/>
        <source>the platform no longer keeps history since version {since}; a full sync is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="220"/>
        <source>the platform is busy (HTTP {status}) after {attempts} attempt(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="223"/>
        <source>the platform failed (HTTP {status}) after {attempts} attempt(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="226"/>
        <source>the platform could not be reached after {attempts} attempt(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="229"/>
        <source>unexpected platform response HTTP {status} {error_code}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="232"/>
        <source>the platform URL must start with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="233"/>
        <source>the platform URL has no host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="234"/>
        <source>the platform URL must not contain a user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="237"/>
        <source>the platform URL must not contain a query or fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="238"/>
        <source>plain http would expose the access token; use https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="241"/>
        <source>{member} is missing from the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="242"/>
        <source>{member} is too large ({size} bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="243"/>
        <source>{member} cannot be read ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="244"/>
        <source>the update package is not a zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="245"/>
        <source>the package&apos;s manifest.json is not valid: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="248"/>
        <source>{member} fails its check ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="249"/>
        <source>{member} starts at since={got}, expected {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="252"/>
        <source>{member} ends at {got}, manifest says to={expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="255"/>
        <source>the update file starts at catalogue version {from_version}, but this catalogue is at version {local_version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="259"/>
        <source>{file} is not a PEM public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="260"/>
        <source>not an Ed25519 public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="261"/>
        <source>{file} must hold one base64 key line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="262"/>
        <source>{file} is not a JSON object of key id to base64 key ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="265"/>
        <source>not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="266"/>
        <source>an Ed25519 public key has 32 bytes, this has {length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="267"/>
        <source>this computer has no system keyring to keep the platform token in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="270"/>
        <source>no platform address is set; enter it in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="271"/>
        <source>no access token is saved for {url}; paste the token in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="274"/>
        <source>no trusted platform key is set up; add the platform&apos;s key in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="277"/>
        <source>there is no database to back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="278"/>
        <source>the database could not be read ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="279"/>
        <source>cannot write the backup ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="280"/>
        <source>not a zip archive, or truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="281"/>
        <source>damaged archive: {member} fails its checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="282"/>
        <source>{member} does not match the manifest (altered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="283"/>
        <source>damaged archive ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="284"/>
        <source>the database in the archive cannot be read ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="287"/>
        <source>the database in the archive is damaged ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="290"/>
        <source>the archive&apos;s database is not one of this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="291"/>
        <source>not a backup of this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="292"/>
        <source>backup format {format} is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="293"/>
        <source>the manifest lists no database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="294"/>
        <source>unexpected member {member}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="295"/>
        <source>archive and manifest disagree: {members}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="298"/>
        <source>the database is open in another window or process; close it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="301"/>
        <source>cannot keep the current data aside ({detail}); nothing was replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="304"/>
        <source>other PCs are connected to the database host {host} ({pcs}); close the app there first, then restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="308"/>
        <source>not known; did you mean {suggestions}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="309"/>
        <source>not known; known values are e.g. {examples}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="312"/>
        <source>fibre “{fibre}” is not known; did you mean {suggestions}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="315"/>
        <source>cannot read the range; write e.g. 24-60, 84- (84 and over) or -9 (up to 9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="318"/>
        <source>a range cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="319"/>
        <source>is more than {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="320"/>
        <source>use whole numbers or halves, e.g. 12 or 12.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="321"/>
        <source>the lower bound {min} is above the upper bound {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="324"/>
        <source>the archive&apos;s database is not in this app&apos;s own form ({objects}); it was not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="327"/>
        <source>{name} is not a plain file name (it names a folder, a drive or a path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="330"/>
        <source>the archive&apos;s database names a scan file {name} that is a path, not a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="333"/>
        <source>{member} in the archive is larger than it says or than {limit} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="336"/>
        <source>cannot unpack the archive ({detail}); nothing was replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="339"/>
        <source>an interrupted restore could not be finished ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="342"/>
        <source>the scan is {size} bytes; at most {limit} bytes can be attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="345"/>
        <source>not enough free disk space for the scan ({size} bytes needed, {free} free); nothing was copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="349"/>
        <source>the scan {value} is neither on the host nor on this PC; attach it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="352"/>
        <source>the scan {value} on the host does not match its checksum; attach it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="355"/>
        <source>the platform redirected to another site ({url}); not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="358"/>
        <source>the platform redirected more than {limit} times; stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="361"/>
        <source>argument {argument} is not valid text (a byte that is not UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="364"/>
        <source>the factor counts per {factor_unit} but the figure is in {unit}: state the energy content (steam enthalpy or calorific value)</source>
        <translation>the factor counts per {factor_unit} but the figure is in {unit}: state the energy content (steam enthalpy or calorific value)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="369"/>
        <source>the factor&apos;s unit {factor_unit} does not fit a figure in {unit}</source>
        <translation>the factor&apos;s unit {factor_unit} does not fit a figure in {unit}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="372"/>
        <source>a yield loss applies to materials only</source>
        <translation>a yield loss applies to materials only</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="375"/>
        <source>no emission factor for {source}: name one (the supplier&apos;s or a licensed database&apos;s, added as a firm factor with its source)</source>
        <translation>no emission factor for {source}: name one (the supplier&apos;s or a licensed database&apos;s, added as a firm factor with its source)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="380"/>
        <source>no emission factor with this id</source>
        <translation>no emission factor with this id</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="381"/>
        <source>this factor is for {kind}; this line takes a factor for {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="384"/>
        <source>this factor has no stated source or is of a kind this app does not know; it is not used in an estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="389"/>
        <source>this is a grid CO2 factor for company inventories; a product footprint uses an electricity carbon-footprint factor</source>
        <translation>this is a grid CO2 factor for company inventories; a product footprint uses an electricity carbon-footprint factor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="394"/>
        <source>the shares add up to {listed}, not the month&apos;s total {total}</source>
        <translation>the shares add up to {listed}, not the month&apos;s total {total}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="397"/>
        <source>write NAME:QUANTITY UNIT[:FACTOR_ID], e.g. cotton:1.08kg:FIRM-cotton-2025</source>
        <translation>write NAME:QUANTITY UNIT[:FACTOR_ID], e.g. cotton:1.08kg:FIRM-cotton-2025</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="400"/>
        <source>the factor is used by the activity data or a kept estimate of {products}; it stays as the source of those figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="405"/>
        <source>this is a platform factor: only a sync changes or removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="408"/>
        <source>not a month; write it as 2026-11</source>
        <translation>not a month; write it as 2026-11</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="409"/>
        <source>product {sku} keeps the finish {value}, which no rule names any more: choose a named finish for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="413"/>
        <source>the unit {unit} cannot be converted to {expected}; enter the value in {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="416"/>
        <source>cannot read the result; write e.g. 18, 18.5, ND, &lt; 5, 3-4 or pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="419"/>
        <source>a comma before three digits may be a thousands separator; write 1000 or 1.000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="422"/>
        <source>a colour fastness grade is 1 to 5 in half steps, e.g. 4 or 3-4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="425"/>
        <source>this item has a measured limit: enter the measured value, not a pass or fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="428"/>
        <source>this item is judged by the tester: enter pass or fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="431"/>
        <source>the catalogue gives no machine-readable limit for this item: enter pass or fail as the report judged it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="435"/>
        <source>&apos;not detected&apos; cannot show that a minimum or a range is met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="438"/>
        <source>the result is given as a bound that reaches past the limit: it may pass or fail; ask the lab for the measured value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="442"/>
        <source>the test date is after today ({today})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="443"/>
        <source>{standard} has no item with this key at grade {grade}; items: {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="446"/>
        <source>{standard} does not apply to product {sku}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="449"/>
        <source>name the test report (--report) or the checklist (--checklist) the result comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="452"/>
        <source>certificate {value} is a {scheme} certificate, not a test report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="455"/>
        <source>this checklist was printed for product {sku}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="458"/>
        <source>this item was not printed on the checklist; printed items: {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="461"/>
        <source>write KEY=VALUE, e.g. formaldehyde=18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="462"/>
        <source>cannot read the limit; write e.g. ≤ 20, &lt; 0.1, ≥ 4, 4.0–7.5, ND or pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="465"/>
        <source>this code is a catalogue standard&apos;s; give the requirement set its own code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="468"/>
        <source>name the customer (--customer) or the products (--sku) the requirements apply to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="471"/>
        <source>no item of the applicable standards has this key or name; e.g. {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="474"/>
        <source>several standards have this item ({standards}); fill in the standard column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="480"/>
        <source>product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="481"/>
        <source>certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="482"/>
        <source>standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="483"/>
        <source>trusted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="484"/>
        <source>test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="485"/>
        <source>the firm settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="490"/>
        <source>{who} changed the firm settings at {when}, after you opened it: {fields}. Your changes were not saved and nothing was overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="495"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="496"/>
        <source>someone on another PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="27"/>
        <source>use lower-case words such as &apos;organic&apos; or &apos;water_repellent&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="31"/>
        <source>1–64 letters, digits or . _ / - (no spaces), starting with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordResultsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/record_results_dialog.py" line="155"/>
        <source>Record results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/record_results_dialog.py" line="158"/>
        <source>Scan the QR code on the printed checklist, or type the checklist id printed on each page (CL-…), then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/record_results_dialog.py" line="162"/>
        <source>Checklist id or scanned code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/record_results_dialog.py" line="163"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/record_results_dialog.py" line="164"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/record_results_dialog.py" line="165"/>
        <source>Date inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/record_results_dialog.py" line="192"/>
        <source>Checklist %1 for %2, printed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/record_results_dialog.py" line="225"/>
        <source>Enter a value or tick pass or fail for at least one item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/record_results_dialog.py" line="228"/>
        <source>Enter the inspector&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsTransfer</name>
    <message>
        <location filename="../../desktop_app/ui/records_transfer.py" line="74"/>
        <source>products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_transfer.py" line="75"/>
        <source>certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_transfer.py" line="76"/>
        <source>standards-matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_transfer.py" line="81"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_transfer.py" line="83"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_transfer.py" line="104"/>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/records_transfer.py" line="110"/>
        <source>Exported %n row(s) to {path}</source>
        <translation>
            <numerusform>Exported %n row to {path}</numerusform>
            <numerusform>Exported %n rows to {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_transfer.py" line="115"/>
        <source>Export failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_transfer.py" line="121"/>
        <source>Import records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_transfer.py" line="122"/>
        <source>Export records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_transfer.py" line="123"/>
        <source>Products from a spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_transfer.py" line="124"/>
        <source>Certificates from a spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_transfer.py" line="125"/>
        <source>Product list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_transfer.py" line="126"/>
        <source>Certificate register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_transfer.py" line="127"/>
        <source>Standards by product (matrix)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../desktop_app/ui/recovery.py" line="36"/>
        <source>Records file damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery.py" line="38"/>
        <source>The file that holds your records is damaged and cannot be opened safely. It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery.py" line="46"/>
        <source>The newest good backup was written on {when}:
{path}

Restore it? What was entered after it is in the damaged file, which is kept in the backups folder so that it can be inspected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery.py" line="53"/>
        <source>No good backup was found. Keep the file {path} as it is and ask for help; do not delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery.py" line="61"/>
        <source>Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery.py" line="68"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery.py" line="97"/>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery.py" line="143"/>
        <source>The backup was restored. The damaged file is kept in:
{kept}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/reminder_banner.py" line="35"/>
        <source>Show certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/reminder_banner.py" line="36"/>
        <source>Hide until the next reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/reminders.py" line="74"/>
        <source>%n certificate(s) expired</source>
        <translation>
            <numerusform>%n certificate expired</numerusform>
            <numerusform>%n certificates expired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/reminders.py" line="76"/>
        <source>%n certificate(s) expiring soon</source>
        <translation>
            <numerusform>%n certificate expiring soon</numerusform>
            <numerusform>%n certificates expiring soon</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reminders.py" line="77"/>
        <source>Please renew: {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reminders.py" line="77"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reminders.py" line="87"/>
        <source>Certificates need attention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportImportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_import_dialog.py" line="114"/>
        <source>Import results of report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_import_dialog.py" line="117"/>
        <source>Choose a spreadsheet of the lab&apos;s results (.xlsx, or CSV in GB18030 or UTF-8) with the columns Item and Result (项目, 结果), and optionally SKU, Standard, Unit, Method, Tested, Sample. A row without a SKU is for every product of the report. Nothing is written until you click Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_import_dialog.py" line="123"/>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_import_dialog.py" line="124"/>
        <source>Save template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_import_dialog.py" line="125"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_import_dialog.py" line="127"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_import_dialog.py" line="127"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_import_dialog.py" line="127"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_import_dialog.py" line="127"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_import_dialog.py" line="127"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_import_dialog.py" line="128"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_import_dialog.py" line="128"/>
        <source>Tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_import_dialog.py" line="138"/>
        <source>Results of report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_import_dialog.py" line="140"/>
        <source>Spreadsheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_import_dialog.py" line="151"/>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/report_import_dialog.py" line="186"/>
        <source>%n row(s) with problems: nothing can be imported until they are fixed in the file.</source>
        <translation>
            <numerusform>%n row with problems: nothing can be imported until it is fixed in the file.</numerusform>
            <numerusform>%n rows with problems: nothing can be imported until they are fixed in the file.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_import_dialog.py" line="190"/>
        <source>The file holds no results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/report_import_dialog.py" line="193"/>
        <source>%n result(s) ready to import. Nothing has been written yet.</source>
        <translation>
            <numerusform>%n result ready to import. Nothing has been written yet.</numerusform>
            <numerusform>%n results ready to import. Nothing has been written yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/report_import_dialog.py" line="231"/>
        <source>Imported %n result(s) in one step. A backup was made first: %1</source>
        <translation>
            <numerusform>Imported %n result in one step. A backup was made first: %1</numerusform>
            <numerusform>Imported %n results in one step. A backup was made first: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_import_dialog.py" line="248"/>
        <source>Save template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_import_dialog.py" line="248"/>
        <source>Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_import_dialog.py" line="256"/>
        <source>Template saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportResultsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_results_dialog.py" line="173"/>
        <source>Enter results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_results_dialog.py" line="174"/>
        <source>Applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_results_dialog.py" line="175"/>
        <source>Date tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_results_dialog.py" line="176"/>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_results_dialog.py" line="177"/>
        <source>Entered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_results_dialog.py" line="178"/>
        <source>The sample&apos;s name or number, as on the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/report_results_dialog.py" line="182"/>
        <location filename="../../desktop_app/ui/dialogs/report_results_dialog.py" line="216"/>
        <source>All products of the report (%n)</source>
        <translation>
            <numerusform>All products of the report (%n)</numerusform>
            <numerusform>All products of the report (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_results_dialog.py" line="192"/>
        <source>Test report %1 by %2, issued %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_results_dialog.py" line="206"/>
        <source>The report names no product in this database: add its products to the report first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_results_dialog.py" line="272"/>
        <source>Enter a value or tick pass or fail for at least one item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_results_dialog.py" line="291"/>
        <source>Its items were read again; check them, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_results_dialog.py" line="317"/>
        <source>Close</source>
        <translation type="unfinished">Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_results_dialog.py" line="322"/>
        <source>kept as history: a newer result of this item counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_results_dialog.py" line="324"/>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_results_dialog.py" line="325"/>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_results_dialog.py" line="326"/>
        <source>as judged by the tester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_results_dialog.py" line="327"/>
        <source>cannot be decided against the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_results_dialog.py" line="328"/>
        <source>untested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_results_dialog.py" line="333"/>
        <source> (over the limit by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/report_results_dialog.py" line="338"/>
        <source>Saved %n result(s) of report %1:</source>
        <translation>
            <numerusform>Saved %n result of report %1:</numerusform>
            <numerusform>Saved %n results of report %1:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsForm</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/results_form.py" line="63"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/results_form.py" line="64"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/results_form.py" line="65"/>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/results_form.py" line="66"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/results_form.py" line="67"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/results_form.py" line="68"/>
        <source>Pass / fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/results_form.py" line="78"/>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/results_form.py" line="79"/>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="176"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="260"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="297"/>
        <source>Enter the platform address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="301"/>
        <source>Enter the token to test it. A saved token is used by “Update catalogue” (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="303"/>
        <source>Enter the token the platform gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="306"/>
        <source>Contacting the platform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="212"/>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="402"/>
        <source>saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="226"/>
        <source>The token was removed from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="277"/>
        <source>Your values are still here: press Save again to save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="329"/>
        <source>Connected: the platform accepted the token, and it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="333"/>
        <source>The token is saved, but the platform could not be reached to check it. Check the address and the internet connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="346"/>
        <source>The platform refused this token; it was not saved. Copy the token again from the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="349"/>
        <source>This platform address is not valid (it must start with https://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="351"/>
        <source>The system keyring is not available, so the token cannot be kept safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="365"/>
        <source>Firm name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="366"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="367"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="368"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="369"/>
        <source>Remind days before expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="370"/>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="371"/>
        <source>Checklist language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="377"/>
        <source>Same as the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="378"/>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="379"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="380"/>
        <source>Chinese and English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="385"/>
        <source>Platform address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="385"/>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="385"/>
        <source>Trusted keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="388"/>
        <source>Firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="389"/>
        <source>Checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="390"/>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="391"/>
        <source>Your name in the change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="394"/>
        <source>Every change made on this computer is recorded with this name and the computer&apos;s user name ({user}), so colleagues on other PCs can see who changed what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="398"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="399"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="212"/>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="402"/>
        <source>Paste the token here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="404"/>
        <source>Save token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="405"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="406"/>
        <source>Remove token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="407"/>
        <source>Update the catalogue when the app starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="408"/>
        <source>Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="409"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="410"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandardTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/standard_table_model.py" line="44"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/standard_table_model.py" line="45"/>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/standard_table_model.py" line="46"/>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/standard_table_model.py" line="47"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/standard_table_model.py" line="129"/>
        <location filename="../../desktop_app/ui/models/standard_table_model.py" line="174"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/standard_table_model.py" line="130"/>
        <location filename="../../desktop_app/ui/models/standard_table_model.py" line="175"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/standard_table_model.py" line="131"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/standard_table_model.py" line="132"/>
        <location filename="../../desktop_app/ui/models/standard_table_model.py" line="154"/>
        <source>Mandatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/standard_table_model.py" line="133"/>
        <source>Markets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/standard_table_model.py" line="134"/>
        <source>Matched</source>
        <translation>Matched</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/standard_table_model.py" line="156"/>
        <source>Voluntary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandardsPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="132"/>
        <source>Standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="170"/>
        <source>%n standard(s)</source>
        <translation>
            <numerusform>%n standard</numerusform>
            <numerusform>%n standards</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="174"/>
        <source>No standard matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="200"/>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="201"/>
        <source>Markets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="202"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="203"/>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="297"/>
        <source>Mandatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="203"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="203"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="204"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="205"/>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="208"/>
        <source>Replaced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="214"/>
        <source>This standard is no longer current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="215"/>
        <source>Requirement items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="216"/>
        <source>Your products it applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="217"/>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="218"/>
        <source>link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="262"/>
        <source>grade {grade}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="264"/>
        <source>Limit: {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="267"/>
        <source>Method: {method}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="277"/>
        <source>Hide details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="277"/>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="281"/>
        <source>Search code, title or item (e.g. GB18401, 甲醛)…</source>
        <translation>Search code, title or item (e.g. GB18401, 甲醛)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="285"/>
        <source>All markets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="290"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="296"/>
        <source>Mandatory or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="298"/>
        <source>Voluntary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/status.py" line="32"/>
        <source>Expired %n day(s) ago</source>
        <translation>
            <numerusform>Expired %n day ago</numerusform>
            <numerusform>Expired %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status.py" line="33"/>
        <location filename="../../desktop_app/ui/status.py" line="43"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status.py" line="36"/>
        <source>Expires today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/status.py" line="37"/>
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Expires in %n day</numerusform>
            <numerusform>Expires in %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status.py" line="44"/>
        <source>Expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status.py" line="45"/>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status.py" line="46"/>
        <source>Not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="35"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="40"/>
        <source>no platform set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="42"/>
        <source>platform not reachable at the last try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="43"/>
        <source>platform connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="50"/>
        <source>Sign in to the platform first (Settings, or `textile-assistant login --url URL`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="54"/>
        <source>No trusted platform key is set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="56"/>
        <source>The platform could not be reached. Check the internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncSummaryDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="50"/>
        <source>The platform did not accept the access token. Open Settings, paste the token from the platform again and press “Save token”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="56"/>
        <source>The platform is busy at the moment. Nothing was lost; try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="61"/>
        <source>The platform could not be reached; this computer may be offline. Check the internet connection and try again, or import an update file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="67"/>
        <source>An update page failed its check, so it was not applied; the pages before it are kept. Try again later; if it keeps happening, tell the platform&apos;s support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="73"/>
        <source>This update file is damaged or not from the platform; nothing of it was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="78"/>
        <source>This update file starts after your catalogue&apos;s version. Sync first, or ask for a full update file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="83"/>
        <source>No platform account is set up. Enter the platform address and token in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="88"/>
        <source>No trusted platform key is set up. Add the platform&apos;s key in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="92"/>
        <source>The platform needs a full update. Run the update again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="99"/>
        <source>{what}: {added} added, {changed} changed, {removed} removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="142"/>
        <source>This update file is not newer than your catalogue; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="146"/>
        <source>Another PC updated the catalogue to version {version} meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="152"/>
        <source>The catalogue is already up to date (version {version}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="158"/>
        <source>The catalogue went from version {old} to {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="162"/>
        <source>Standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="163"/>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="164"/>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="166"/>
        <source>The update stopped before the end; run it again to fetch the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="168"/>
        <source>Products affected: {skus}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="170"/>
        <source>None of your products is affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="179"/>
        <source>New notices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="183"/>
        <source>Catalogue updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="185"/>
        <source>Show notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="186"/>
        <source>Show products</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustedKeysEditor</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/trusted_keys_editor.py" line="80"/>
        <source>(shipped with the app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/trusted_keys_editor.py" line="104"/>
        <source>Key “{key}” is now trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/trusted_keys_editor.py" line="122"/>
        <source>Key “{key}” is no longer trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/trusted_keys_editor.py" line="135"/>
        <source>This is not a valid platform key (base64 of 32 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/trusted_keys_editor.py" line="140"/>
        <source>Key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/trusted_keys_editor.py" line="141"/>
        <source>Public key (base64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/trusted_keys_editor.py" line="142"/>
        <source>Trust key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/trusted_keys_editor.py" line="143"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/welcome_dialog.py" line="72"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/welcome_dialog.py" line="73"/>
        <source>Welcome to the Textile Compliance Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/welcome_dialog.py" line="76"/>
        <source>It keeps your products, the standards that apply to them and your certificates in one place, and reminds you before a certificate expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/welcome_dialog.py" line="80"/>
        <source>Firm name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/welcome_dialog.py" line="81"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/welcome_dialog.py" line="82"/>
        <source>e.g. 绍兴某某纺织有限公司</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/welcome_dialog.py" line="83"/>
        <source>Look around in a demo firm first (sample products and certificates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/welcome_dialog.py" line="86"/>
        <source>The demo firm has its own data folder and is marked “Demo data” in the title bar; nothing is added to your firm. Start again later to set up your own firm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
