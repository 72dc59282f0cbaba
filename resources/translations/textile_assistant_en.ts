<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="195"/>
        <source>New certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="196"/>
        <source>Edit certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="197"/>
        <source>Renew certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="201"/>
        <source>Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="202"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="203"/>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="204"/>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="205"/>
        <source>Product class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="206"/>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="207"/>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="208"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="209"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="210"/>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="213"/>
        <source>Does not expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="214"/>
        <source>Attach scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="215"/>
        <source>Open scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="216"/>
        <source>Products it covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="218"/>
        <source>Find a product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="219"/>
        <source>e.g. SGS, TESTEX, CQC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="270"/>
        <source>Attach a scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="272"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="289"/>
        <source>Will attach: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="291"/>
        <source>Attached: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="293"/>
        <source>No scan attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="302"/>
        <source>Give the certificate or report number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="305"/>
        <source>A certificate numbered “{number}” is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="308"/>
        <source>Name the certification body or laboratory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="310"/>
        <source>The expiry date is before the issue date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/certificate_table_model.py" line="72"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/certificate_table_model.py" line="73"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/certificate_table_model.py" line="74"/>
        <source>Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/certificate_table_model.py" line="75"/>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/certificate_table_model.py" line="76"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/certificate_table_model.py" line="77"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/certificate_table_model.py" line="78"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/certificate_table_model.py" line="79"/>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/certificate_table_model.py" line="119"/>
        <source>(whole firm)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/certificates_page.py" line="94"/>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/certificates_page.py" line="97"/>
        <source>Find by number, issuer or SKU…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/certificates_page.py" line="98"/>
        <source>Show replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/certificates_page.py" line="99"/>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/certificates_page.py" line="100"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/certificates_page.py" line="101"/>
        <source>Renew…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/certificates_page.py" line="102"/>
        <source>Record the new certificate; the old one stays in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/certificates_page.py" line="103"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/certificates_page.py" line="104"/>
        <source>Open scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/certificates_page.py" line="226"/>
        <source>Delete certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/certificates_page.py" line="227"/>
        <source>Delete certificate {number}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/certificates_page.py" line="233"/>
        <source>Its record is removed; a scan file stays in the data folder. To keep it as history, renew it instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPrinter</name>
    <message>
        <location filename="../../desktop_app/ui/checklist_printer.py" line="76"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checklist_printer.py" line="77"/>
        <source>Writing checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checklist_printer.py" line="83"/>
        <source>Checklist ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checklist_printer.py" line="84"/>
        <source>The checklist was saved as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checklist_printer.py" line="85"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checklist_printer.py" line="86"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompositionEditor</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/composition_editor.py" line="44"/>
        <source>Add fibre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/composition_editor.py" line="49"/>
        <source>(choose a fibre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/composition_editor.py" line="60"/>
        <source>Remove this fibre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/composition_editor.py" line="100"/>
        <source>Add at least one fibre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/composition_editor.py" line="102"/>
        <source>Choose a fibre in every row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/composition_editor.py" line="104"/>
        <source>A fibre is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/composition_editor.py" line="106"/>
        <source>Every fibre needs a share above 0 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/composition_editor.py" line="109"/>
        <source>The shares add up to {total} %, not 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/composition_editor.py" line="119"/>
        <source>Total: {total} %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="119"/>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="133"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="135"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="137"/>
        <source>Expired certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="138"/>
        <source>Expiring certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="139"/>
        <source>Products with gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="140"/>
        <source>Unread notices about your products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="146"/>
        <source>Catalogue version {version} · last sync: {sync}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="152"/>
        <source>No products yet. Press Ctrl+N to add your first product, or load the demo data from the File menu to look around.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="157"/>
        <source>Expired certificates (%n)</source>
        <translation>
            <numerusform>Expired certificates (%n)</numerusform>
            <numerusform>Expired certificates (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="159"/>
        <source>Expiring within {days} days (%n)</source>
        <translation>
            <numerusform>Expiring within {days} days (%n)</numerusform>
            <numerusform>Expiring within {days} days (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="161"/>
        <source>Products with gaps (%n)</source>
        <translation>
            <numerusform>Products with gaps (%n)</numerusform>
            <numerusform>Products with gaps (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="162"/>
        <source>Unread notices about your products (%n)</source>
        <translation>
            <numerusform>Unread notices about your products (%n)</numerusform>
            <numerusform>Unread notices about your products (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="163"/>
        <source>No expired certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="164"/>
        <source>Nothing expires soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="171"/>
        <source>Every claim is backed by a valid certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="176"/>
        <source>Concerns: {skus}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="180"/>
        <source>No unread notices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="186"/>
        <source>whole firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="189"/>
        <source>expires {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="12"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="13"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="14"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="15"/>
        <source>Age group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="16"/>
        <source>Skin contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="17"/>
        <source>Markets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="18"/>
        <source>Composition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="19"/>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="20"/>
        <source>Finishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="21"/>
        <source>Certificate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="22"/>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="23"/>
        <source>Expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="24"/>
        <source>Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="25"/>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="33"/>
        <source>{field} “{value}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="37"/>
        <source>“{key}” was not found; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="41"/>
        <source>{field}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="45"/>
        <source>A file could not be read or written: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="48"/>
        <source>Something went wrong: {error}. The log file has the details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="164"/>
        <source>Textile Compliance Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="167"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="168"/>
        <source>New product or certificate (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="169"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="170"/>
        <source>&amp;Print checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="172"/>
        <source>Checklists are not available in this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="173"/>
        <source>&amp;Update catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="175"/>
        <source>Fetch the latest standards from the platform (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="177"/>
        <source>Catalogue updates from the platform are not available in this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="179"/>
        <source>&amp;Import update file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="180"/>
        <source>Apply an offline catalogue update file from the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="181"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="182"/>
        <source>Load &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="183"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="184"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="185"/>
        <source>&amp;Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="186"/>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="187"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="240"/>
        <location filename="../../desktop_app/ui/main_window.py" line="268"/>
        <source>Updating the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="273"/>
        <source>Import update file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="273"/>
        <source>Update files (*.zip *.tcpkg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="284"/>
        <source>Importing the update file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="291"/>
        <source>The catalogue is already being updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="313"/>
        <source>Update cancelled; what was fetched so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="320"/>
        <source>Catalogue updated to version {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="349"/>
        <source>Catalogue update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="363"/>
        <source>Loading demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="376"/>
        <source>Catalogue version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="378"/>
        <source>Last sync: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="394"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="413"/>
        <source>Could not complete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticesPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="76"/>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="100"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="101"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="102"/>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="150"/>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="152"/>
        <source>Mark unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="152"/>
        <source>Mark read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="159"/>
        <source>{severity} · published {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="164"/>
        <source>Takes effect {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="166"/>
        <source>Standards: {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="168"/>
        <source>Concerns your products: {skus}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="201"/>
        <source>Notices about your products come first. Unread ones are bold; select one to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="204"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="204"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="204"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="204"/>
        <source>Your products concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="206"/>
        <source>Open link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../desktop_app/ui/pages/page.py" line="55"/>
        <source>Could not complete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/product_dialog.py" line="185"/>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/product_dialog.py" line="186"/>
        <source>Edit product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/product_dialog.py" line="187"/>
        <source>Duplicate product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/product_dialog.py" line="191"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/product_dialog.py" line="192"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/product_dialog.py" line="193"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/product_dialog.py" line="194"/>
        <source>Age group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/product_dialog.py" line="195"/>
        <source>Skin contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/product_dialog.py" line="196"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/product_dialog.py" line="197"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/product_dialog.py" line="198"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/product_dialog.py" line="201"/>
        <source>e.g. BB-001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/product_dialog.py" line="202"/>
        <source>e.g. 婴儿连体衣 Baby bodysuit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/product_dialog.py" line="203"/>
        <source>Fibre composition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/product_dialog.py" line="204"/>
        <source>Markets sold to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/product_dialog.py" line="205"/>
        <source>Claims on the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/product_dialog.py" line="206"/>
        <source>Finishes and trims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/product_dialog.py" line="242"/>
        <source>Give the product&apos;s SKU (letters, digits, . _ / -).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/product_dialog.py" line="244"/>
        <location filename="../../desktop_app/ui/dialogs/product_dialog.py" line="312"/>
        <source>Another product already has SKU “{sku}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/product_dialog.py" line="246"/>
        <source>Give the product a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/product_dialog.py" line="248"/>
        <source>Choose at least one market.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductPanel</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="61"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="61"/>
        <source>Standard and why it applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="70"/>
        <source>Select a product to see its standards and certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="72"/>
        <source>Applicable standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="73"/>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="74"/>
        <source>Gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="81"/>
        <source>Applicable standards (%n)</source>
        <translation>
            <numerusform>Applicable standards (%n)</numerusform>
            <numerusform>Applicable standards (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="91"/>
        <source>Certificates (%n)</source>
        <translation>
            <numerusform>Certificates (%n)</numerusform>
            <numerusform>Certificates (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="95"/>
        <source>expires {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="100"/>
        <source>No certificate covers this product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="103"/>
        <source>Gaps (%n)</source>
        <translation>
            <numerusform>Gaps (%n)</numerusform>
            <numerusform>Gaps (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="107"/>
        <source>No gaps: every claim is backed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/product_table_model.py" line="65"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/product_table_model.py" line="66"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/product_table_model.py" line="67"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/product_table_model.py" line="68"/>
        <source>Age group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/product_table_model.py" line="69"/>
        <source>Markets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/product_table_model.py" line="70"/>
        <source>Composition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/product_table_model.py" line="71"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/product_table_model.py" line="72"/>
        <source>Gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/models/product_table_model.py" line="95"/>
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
        <location filename="../../desktop_app/ui/pages/products_page.py" line="124"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products_page.py" line="127"/>
        <source>Find by SKU, name or customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products_page.py" line="129"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products_page.py" line="130"/>
        <source>All markets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products_page.py" line="140"/>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products_page.py" line="141"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products_page.py" line="142"/>
        <source>Duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products_page.py" line="143"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products_page.py" line="144"/>
        <source>Print checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products_page.py" line="146"/>
        <source>Checklists are not available in this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products_page.py" line="286"/>
        <source>Delete product {sku}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/products_page.py" line="288"/>
        <source>Delete %n product(s)?</source>
        <translation>
            <numerusform>Delete %n product?</numerusform>
            <numerusform>Delete %n products?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products_page.py" line="291"/>
        <source>Delete products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products_page.py" line="298"/>
        <source>Certificates are kept: they stay in the certificates list, without this product. Checklists already printed keep its SKU.</source>
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
        <location filename="../../desktop_app/ui/reminders.py" line="70"/>
        <source>%n certificate(s) expired</source>
        <translation>
            <numerusform>%n certificate expired</numerusform>
            <numerusform>%n certificates expired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/reminders.py" line="72"/>
        <source>%n certificate(s) expiring soon</source>
        <translation>
            <numerusform>%n certificate expiring soon</numerusform>
            <numerusform>%n certificates expiring soon</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reminders.py" line="73"/>
        <source>Please renew: {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reminders.py" line="73"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reminders.py" line="83"/>
        <source>Certificates need attention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="142"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="178"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="192"/>
        <source>Enter the platform address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="196"/>
        <source>Enter the token to test it. A saved token is used by “Update catalogue” (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="198"/>
        <source>Enter the token the platform gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="201"/>
        <source>Contacting the platform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="222"/>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="291"/>
        <source>saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="225"/>
        <source>Connected: the platform accepted the token, and it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="229"/>
        <source>The token is saved, but the platform could not be reached to check it. Check the address and the internet connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="243"/>
        <source>The platform refused this token; it was not saved. Copy the token again from the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="246"/>
        <source>This platform address is not valid (it must start with https://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="248"/>
        <source>The system keyring is not available, so the token cannot be kept safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="262"/>
        <source>Firm name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="263"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="264"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="265"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="266"/>
        <source>Remind days before expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="267"/>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="268"/>
        <source>Checklist language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="274"/>
        <source>Same as the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="275"/>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="276"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="277"/>
        <source>Chinese and English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="282"/>
        <source>Platform address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="282"/>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="282"/>
        <source>Trusted keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="285"/>
        <source>Firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="286"/>
        <source>Checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="287"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="288"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="291"/>
        <source>Paste the token here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="293"/>
        <source>Save token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="294"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="295"/>
        <source>Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="296"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="297"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandardTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/standard_table_model.py" line="35"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/standard_table_model.py" line="36"/>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/standard_table_model.py" line="37"/>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/standard_table_model.py" line="38"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/standard_table_model.py" line="97"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/standard_table_model.py" line="98"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/standard_table_model.py" line="99"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/standard_table_model.py" line="100"/>
        <location filename="../../desktop_app/ui/models/standard_table_model.py" line="121"/>
        <source>Mandatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/standard_table_model.py" line="101"/>
        <source>Markets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/standard_table_model.py" line="123"/>
        <source>Voluntary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandardsPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="90"/>
        <source>Standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="122"/>
        <source>%n standard(s)</source>
        <translation>
            <numerusform>%n standard</numerusform>
            <numerusform>%n standards</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="126"/>
        <source>No standard matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="152"/>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="153"/>
        <source>Markets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="154"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="155"/>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="210"/>
        <source>Mandatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="155"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="155"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="156"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="157"/>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="160"/>
        <source>Replaced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="166"/>
        <source>This standard is no longer current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="167"/>
        <source>Requirement items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="168"/>
        <source>Your products it applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="169"/>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="170"/>
        <source>link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="182"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="182"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="182"/>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="182"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="194"/>
        <source>Search code or title, in Chinese or English…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="198"/>
        <source>All markets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="203"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="209"/>
        <source>Mandatory or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="211"/>
        <source>Voluntary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/status.py" line="31"/>
        <source>Expired %n day(s) ago</source>
        <translation>
            <numerusform>Expired %n day ago</numerusform>
            <numerusform>Expired %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status.py" line="32"/>
        <location filename="../../desktop_app/ui/status.py" line="42"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status.py" line="35"/>
        <source>Expires today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/status.py" line="36"/>
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Expires in %n day</numerusform>
            <numerusform>Expires in %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status.py" line="43"/>
        <source>Expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status.py" line="44"/>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status.py" line="45"/>
        <source>Not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="37"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="42"/>
        <source>platform not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="44"/>
        <source>no platform set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="46"/>
        <source>platform not reachable at the last try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="47"/>
        <source>platform connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="54"/>
        <source>Sign in to the platform first (Settings, or `textile-assistant login --url URL`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="58"/>
        <source>No trusted platform key is set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="60"/>
        <source>The platform could not be reached. Check the internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncSummaryDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="27"/>
        <source>The platform did not accept the access token. Open Settings, paste the token from the platform again and press “Save token”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="35"/>
        <source>The platform is busy at the moment. Nothing was lost; try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="39"/>
        <source>The platform could not be reached; this computer may be offline. Check the internet connection and try again, or import an update file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="45"/>
        <source>An update page failed its check, so it was not applied; the pages before it are kept. Try again later; if it keeps happening, tell the platform&apos;s support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="51"/>
        <source>This update file is damaged or not from the platform; nothing of it was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="56"/>
        <source>This update file starts after your catalogue&apos;s version. Sync first, or ask for a full update file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="61"/>
        <source>No platform account is set up. Enter the platform address and token in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="66"/>
        <source>No trusted platform key is set up. Add the platform&apos;s key in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="70"/>
        <source>The platform needs a full update. Run the update again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="77"/>
        <source>{what}: {added} added, {changed} changed, {removed} removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="120"/>
        <source>This update file is not newer than your catalogue; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="124"/>
        <source>The catalogue is already up to date (version {version}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="130"/>
        <source>The catalogue went from version {old} to {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="134"/>
        <source>Standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="135"/>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="136"/>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="138"/>
        <source>The update stopped before the end; run it again to fetch the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="140"/>
        <source>Products affected: {skus}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="142"/>
        <source>None of your products is affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="151"/>
        <source>New notices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="155"/>
        <source>Catalogue updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="157"/>
        <source>Show notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="158"/>
        <source>Show products</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustedKeysEditor</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/trusted_keys_editor.py" line="73"/>
        <source>(shipped with the app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/trusted_keys_editor.py" line="97"/>
        <source>Key “{key}” is now trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/trusted_keys_editor.py" line="115"/>
        <source>Key “{key}” is no longer trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/trusted_keys_editor.py" line="128"/>
        <source>This is not a valid platform key (base64 of 32 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/trusted_keys_editor.py" line="133"/>
        <source>Key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/trusted_keys_editor.py" line="134"/>
        <source>Public key (base64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/trusted_keys_editor.py" line="135"/>
        <source>Trust key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/trusted_keys_editor.py" line="136"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/welcome_dialog.py" line="64"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/welcome_dialog.py" line="65"/>
        <source>Welcome to the Textile Compliance Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/welcome_dialog.py" line="68"/>
        <source>It keeps your products, the standards that apply to them and your certificates in one place, and reminds you before a certificate expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/welcome_dialog.py" line="72"/>
        <source>Firm name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/welcome_dialog.py" line="73"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/welcome_dialog.py" line="74"/>
        <source>e.g. 绍兴某某纺织有限公司</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/welcome_dialog.py" line="75"/>
        <source>Load a demo firm with sample products and certificates to look around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/welcome_dialog.py" line="76"/>
        <source>You can delete the demo products later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
