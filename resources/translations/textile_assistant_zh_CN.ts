<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/about_dialog.py" line="87"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/about_dialog.py" line="89"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/about_dialog.py" line="90"/>
        <source>Catalogue version</source>
        <translation>标准库版本</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/about_dialog.py" line="91"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/about_dialog.py" line="97"/>
        <source>Textile Compliance Assistant</source>
        <translation>纺织合规助手</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/about_dialog.py" line="98"/>
        <source>Bundled font</source>
        <translation>随附字体</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/about_dialog.py" line="99"/>
        <source>Libraries</source>
        <translation>程序库</translation>
    </message>
</context>
<context>
    <name>BackupsBox</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="92"/>
        <source>No backup yet.</source>
        <translation>还没有备份。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="95"/>
        <source>Last backup: %1 (%n backup(s) in the data folder)</source>
        <translation>
            <numerusform>最近备份：%1（数据文件夹中共 %n 份备份）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="110"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="116"/>
        <source>Backing up</source>
        <translation>正在备份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="121"/>
        <source>Backup written: {path}</source>
        <translation>备份已保存：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="127"/>
        <source>Back up to</source>
        <translation>备份到</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="127"/>
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="140"/>
        <source>Backups (*.zip)</source>
        <translation>备份文件 (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="140"/>
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="182"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="152"/>
        <source>Checking the backup…</source>
        <translation>正在检查备份…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="157"/>
        <source>Checking the backup</source>
        <translation>正在检查备份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="171"/>
        <source>Restore the backup written on {when}?

It holds {products} and {certificates}. Everything entered since then is replaced; the current data is first kept as a backup of its own, so this can be undone.</source>
        <translation>恢复 {when} 保存的备份？

其中有 {products}、{certificates}。此后录入的内容都会被替换；当前数据会先另存为一份备份，因此可以撤销。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="177"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n 个产品</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="179"/>
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n 份证书</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="183"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="199"/>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="210"/>
        <source>Restoring</source>
        <translation>正在恢复</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="216"/>
        <source>Restored. The data it replaced is kept in {kept}.</source>
        <translation>已恢复。被替换的数据保存在 {kept}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="236"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="239"/>
        <source>A backup is taken automatically once a day, before every import and before every upgrade of the database; the last {keep} automatic ones are kept.</source>
        <translation>每天、每次导入前和每次数据库升级前都会自动备份；保留最近 {keep} 份自动备份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="243"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="244"/>
        <source>Back up to…</source>
        <translation>备份到…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="245"/>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/backups_box.py" line="246"/>
        <source>Open backups folder</source>
        <translation>打开备份文件夹</translation>
    </message>
</context>
<context>
    <name>Carbon</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="15"/>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="58"/>
        <source>Fibre / material</source>
        <translation>纤维/原料</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="16"/>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="59"/>
        <source>Dyes and auxiliaries</source>
        <translation>染料和助剂</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="17"/>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="61"/>
        <source>Packaging</source>
        <translation>包装</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="18"/>
        <source>Inbound transport</source>
        <translation>进厂运输</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="19"/>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="50"/>
        <source>Electricity</source>
        <translation>电力</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="20"/>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="51"/>
        <source>Steam</source>
        <translation>蒸汽</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="21"/>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="53"/>
        <source>Natural gas</source>
        <translation>天然气</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="22"/>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="54"/>
        <source>Coal</source>
        <translation>煤</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="23"/>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="55"/>
        <source>Diesel</source>
        <translation>柴油</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="24"/>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="56"/>
        <source>Water</source>
        <translation>用水</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="25"/>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="57"/>
        <source>Wastewater</source>
        <translation>废水</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="29"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="30"/>
        <source>Allocate by</source>
        <translation>分摊依据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="31"/>
        <source>Month&apos;s total basis</source>
        <translation>当月分摊基数合计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="32"/>
        <source>Metered totals</source>
        <translation>计量总量</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="33"/>
        <source>Shares</source>
        <translation>分摊份额</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="34"/>
        <source>Declared unit</source>
        <translation>声明单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="35"/>
        <source>Own solar share of electricity</source>
        <translation>自有光伏电力占比</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="36"/>
        <source>Solar electricity factor</source>
        <translation>光伏电力因子</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="39"/>
        <source>Raw materials</source>
        <translation>原材料</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="40"/>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="60"/>
        <source>Transport</source>
        <translation>运输</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="41"/>
        <source>Production</source>
        <translation>生产</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="44"/>
        <source>measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="45"/>
        <source>allocated</source>
        <translation>分摊</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="46"/>
        <source>estimated</source>
        <translation>估计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="52"/>
        <source>Purchased heat</source>
        <translation>外购热力</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="64"/>
        <source>All greenhouse gases (CO2e)</source>
        <translation>全部温室气体（CO2e）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="69"/>
        <source>global</source>
        <translation>全球</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="73"/>
        <source>1 kg</source>
        <translation>1 千克</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="74"/>
        <source>1 garment</source>
        <translation>1 件服装</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="75"/>
        <source>1 set</source>
        <translation>1 套</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="76"/>
        <source>1 piece</source>
        <translation>1 件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="77"/>
        <source>1 m</source>
        <translation>1 米</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="81"/>
        <source>own solar</source>
        <translation>自有光伏</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="84"/>
        <source>entered</source>
        <translation>录入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="85"/>
        <source>allocated from a month</source>
        <translation>按月度总量分摊</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="86"/>
        <source>factor updated by a sync</source>
        <translation>同步更新了因子</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="134"/>
        <source>all GHG</source>
        <translation>全部温室气体</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="65"/>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="136"/>
        <source>CO2 only</source>
        <translation>仅CO2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="138"/>
        <source>firm</source>
        <translation>本企业</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="140"/>
        <source>catalogue</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_labels.py" line="147"/>
        <source>Source: {source}
Id: {id}</source>
        <translation>来源：{source}
编号：{id}</translation>
    </message>
</context>
<context>
    <name>CarbonActivities</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_activities.py" line="62"/>
        <source>Default factor</source>
        <translation>默认因子</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_activities.py" line="94"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_activities.py" line="95"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_activities.py" line="96"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_activities.py" line="97"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_activities.py" line="98"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_activities.py" line="99"/>
        <source>Factor</source>
        <translation>因子</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_activities.py" line="100"/>
        <source>MJ/kg, MJ/Nm³</source>
        <translation>MJ/kg、MJ/Nm³</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_activities.py" line="101"/>
        <source>Yield loss %</source>
        <translation>损耗率 %</translation>
    </message>
</context>
<context>
    <name>CarbonChart</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_chart.py" line="58"/>
        <source>No estimate yet</source>
        <translation>尚无估算</translation>
    </message>
</context>
<context>
    <name>CarbonEstimateView</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_estimate_view.py" line="58"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_estimate_view.py" line="58"/>
        <source>kgCO2e</source>
        <translation>kgCO2e</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_estimate_view.py" line="58"/>
        <source>Factor</source>
        <translation>因子</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_estimate_view.py" line="58"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_estimate_view.py" line="75"/>
        <source>No estimate yet</source>
        <translation>尚无估算</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_estimate_view.py" line="80"/>
        <source>{total:.3f} kgCO2e per {unit}</source>
        <translation>每{unit} {total:.3f} kgCO2e</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_estimate_view.py" line="85"/>
        <source>Uncertainty band: {low:.3f} – {high:.3f} kgCO2e (±{u:.3f})</source>
        <translation>不确定度区间：{low:.3f} – {high:.3f} kgCO2e（±{u:.3f}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_estimate_view.py" line="90"/>
        <source>Measured data: {share:.0f} % of the total</source>
        <translation>实测数据占总量 {share:.0f} %</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_estimate_view.py" line="94"/>
        <source>Screening estimate, not third-party verified.</source>
        <translation>估算 · 未经第三方核查。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_estimate_view.py" line="96"/>
        <source>CO2 only (not all greenhouse gases): {lines}.</source>
        <translation>仅计CO2（非全部温室气体）：{lines}。</translation>
    </message>
</context>
<context>
    <name>CarbonFactorDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_factor_dialog.py" line="122"/>
        <source>Firm emission factor</source>
        <translation>本企业排放因子</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_factor_dialog.py" line="125"/>
        <source>Enter a factor you can vouch for: your supplier&apos;s footprint or one from a database you license. The source is required; the app never proposes a value.</source>
        <translation>请录入有依据的因子：供应商提供的碳足迹，或您已获授权的数据库中的因子。必须填写来源；本软件不会提供任何数值。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_factor_dialog.py" line="132"/>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_factor_dialog.py" line="133"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_factor_dialog.py" line="134"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_factor_dialog.py" line="135"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_factor_dialog.py" line="136"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_factor_dialog.py" line="137"/>
        <source>Gases counted</source>
        <translation>计入的气体</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_factor_dialog.py" line="138"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_factor_dialog.py" line="139"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_factor_dialog.py" line="140"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_factor_dialog.py" line="141"/>
        <source>Link</source>
        <translation>链接</translation>
    </message>
</context>
<context>
    <name>CarbonFactorRemoveDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_factor_remove_dialog.py" line="82"/>
        <source>Remove a firm factor</source>
        <translation>删除本企业因子</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_factor_remove_dialog.py" line="85"/>
        <source>A factor that a product&apos;s activity data or a kept estimate uses stays: it is the source of those figures. The platform&apos;s factors change only with a sync.</source>
        <translation>产品活动数据或已保存的估算所用的因子须保留：它是这些数值的来源。平台的因子只随同步更改。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_factor_remove_dialog.py" line="89"/>
        <source>The firm has entered no factors of its own.</source>
        <translation>本企业尚未录入自有因子。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_factor_remove_dialog.py" line="90"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>CarbonMonthDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_month_dialog.py" line="143"/>
        <source>A mill&apos;s month</source>
        <translation>工厂月度数据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_month_dialog.py" line="147"/>
        <source>Month (YYYY-MM)</source>
        <translation>月份（YYYY-MM）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_month_dialog.py" line="148"/>
        <source>Allocate by</source>
        <translation>分摊依据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_month_dialog.py" line="149"/>
        <source>Month&apos;s total basis</source>
        <translation>当月分摊基数合计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_month_dialog.py" line="150"/>
        <source>Declared unit (new data)</source>
        <translation>声明单位（新数据）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_month_dialog.py" line="156"/>
        <source>output mass (kg)</source>
        <translation>产量（kg）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_month_dialog.py" line="157"/>
        <source>machine hours</source>
        <translation>机时</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_month_dialog.py" line="161"/>
        <source>Month&apos;s total (0: not metered)</source>
        <translation>当月总量（0：未计量）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_month_dialog.py" line="161"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_month_dialog.py" line="161"/>
        <source>MJ/kg, MJ/Nm³</source>
        <translation>MJ/kg、MJ/Nm³</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_month_dialog.py" line="166"/>
        <source>Metered totals of the month</source>
        <translation>当月计量总量</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_month_dialog.py" line="167"/>
        <source>Shares: each product&apos;s part of the basis</source>
        <translation>分摊份额：各产品占基数的部分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_month_dialog.py" line="169"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_month_dialog.py" line="169"/>
        <source>Basis (kg or hours)</source>
        <translation>基数（kg 或小时）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_month_dialog.py" line="169"/>
        <source>Declared units made</source>
        <translation>生产的声明单位数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_month_dialog.py" line="171"/>
        <source>Add product</source>
        <translation>添加产品</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_month_dialog.py" line="172"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_month_dialog.py" line="183"/>
        <source>Other output (not in the app)</source>
        <translation>其他产出（未录入本软件）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/carbon_month_dialog.py" line="209"/>
        <source>Listed {listed:g} of {total:g}</source>
        <translation>已列 {listed:g} / 共 {total:g}</translation>
    </message>
</context>
<context>
    <name>CarbonPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="181"/>
        <source>Carbon</source>
        <translation>碳足迹</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="184"/>
        <source>Declared unit</source>
        <translation>声明单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="185"/>
        <source>Save and estimate</source>
        <translation>保存并估算</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="186"/>
        <source>Mill&apos;s month…</source>
        <translation>月度分摊…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="187"/>
        <source>Firm factor…</source>
        <translation>本企业因子…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="188"/>
        <source>Add a factor…</source>
        <translation>新增因子…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="189"/>
        <source>Remove a factor…</source>
        <translation>删除因子…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="190"/>
        <source>PDF report…</source>
        <translation>PDF 报告…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="191"/>
        <source>Export data…</source>
        <translation>导出数据…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="192"/>
        <source>Add line</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="193"/>
        <source>Remove line</source>
        <translation>删除此行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="195"/>
        <source>Activity data</source>
        <translation>活动数据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="195"/>
        <source>Estimate</source>
        <translation>估算</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="195"/>
        <source>What if</source>
        <translation>情景对比</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="195"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="199"/>
        <source>Computed</source>
        <translation>计算时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="199"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="199"/>
        <source>kgCO2e</source>
        <translation>kgCO2e</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="199"/>
        <source>Band ±</source>
        <translation>区间 ±</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="199"/>
        <source>Measured</source>
        <translation>实测占比</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="258"/>
        <source>no estimate was kept before it was issued</source>
        <translation>发证前没有保存估算</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="260"/>
        <source>based on the estimate of {when}: {total:.3f} kgCO2e per {unit}</source>
        <translation>依据 {when} 的估算：每{unit} {total:.3f} kgCO2e</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="267"/>
        <source>Verified footprint certificate {number} ({issuer}, issued {issued}), {based}</source>
        <translation>已核查碳足迹证书 {number}（{issuer}，{issued} 签发），{based}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="282"/>
        <source>verified by {numbers}</source>
        <translation>已由 {numbers} 核查</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="363"/>
        <source>Save the carbon report</source>
        <translation>保存碳足迹报告</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="370"/>
        <source>Writing the carbon report</source>
        <translation>正在生成碳足迹报告</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="376"/>
        <source>Export activity data and factors</source>
        <translation>导出活动数据和因子</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="384"/>
        <source>Exporting carbon data</source>
        <translation>正在导出碳足迹数据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/carbon_page.py" line="388"/>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
</context>
<context>
    <name>CarbonWhatIf</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_what_if.py" line="77"/>
        <source>Own solar share of electricity</source>
        <translation>自有光伏电力占比</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_what_if.py" line="78"/>
        <source>Solar electricity factor</source>
        <translation>光伏电力因子</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_what_if.py" line="79"/>
        <source>Other grid electricity factor</source>
        <translation>其他电网电力因子</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_what_if.py" line="80"/>
        <source>Less steam per unit</source>
        <translation>单位蒸汽减少</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_what_if.py" line="84"/>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_what_if.py" line="85"/>
        <source>As entered</source>
        <translation>按录入数据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_what_if.py" line="86"/>
        <source>What if</source>
        <translation>情景对比</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/carbon_what_if.py" line="123"/>
        <source>Difference: {delta:+.3f} kgCO2e per {unit} ({pct:+.1f} %)</source>
        <translation>差值：每{unit} {delta:+.3f} kgCO2e（{pct:+.1f} %）</translation>
    </message>
</context>
<context>
    <name>CertificateDetail</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/certificate_detail.py" line="48"/>
        <source>{scheme} {number}, issued by {issuer} on {issued}</source>
        <translation>{scheme} {number}，由{issuer}于{issued}颁发</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/certificate_detail.py" line="56"/>
        <source>Products: {products}</source>
        <translation>产品：{products}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/certificate_detail.py" line="58"/>
        <source>Scope: {scope}</source>
        <translation>范围：{scope}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/certificate_detail.py" line="62"/>
        <source>{sku}: no carbon estimate was kept before it was issued</source>
        <translation>{sku}：发证前没有保存的碳足迹估算</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/certificate_detail.py" line="68"/>
        <source>{sku}: based on the screening estimate of {when}: {total:.3f} kgCO2e per {unit}</source>
        <translation>{sku}：依据 {when} 的估算：每{unit} {total:.3f} kgCO2e</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="260"/>
        <source>New certificate</source>
        <translation>新建证书</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="261"/>
        <source>Edit certificate</source>
        <translation>编辑证书</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="262"/>
        <source>Renew certificate</source>
        <translation>续期证书</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="266"/>
        <source>Scheme</source>
        <translation>证书类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="267"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="268"/>
        <source>Issued by</source>
        <translation>发证机构</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="269"/>
        <source>Holder</source>
        <translation>持证人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="270"/>
        <source>Product class</source>
        <translation>产品级别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="271"/>
        <source>Issued on</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="272"/>
        <source>Expires on</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="273"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="274"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="275"/>
        <source>Scan</source>
        <translation>扫描件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="278"/>
        <source>Does not expire</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="279"/>
        <source>no expiry</source>
        <translation>无有效期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="281"/>
        <source>Attach scan…</source>
        <translation>附加扫描件…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="282"/>
        <source>Open scan</source>
        <translation>打开扫描件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="283"/>
        <source>Products it covers</source>
        <translation>覆盖的产品</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="285"/>
        <source>Find a product…</source>
        <translation>查找产品…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="286"/>
        <source>e.g. SGS, TESTEX, CQC</source>
        <translation>例如 SGS、TESTEX、CQC</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="361"/>
        <source>{scheme} certificates usually run %n month(s).</source>
        <translation>
            <numerusform>{scheme} 证书的有效期通常为 %n 个月。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="363"/>
        <source>{scheme} certificates always expire: copy the date from the certificate.</source>
        <translation>{scheme} 证书总有有效期：请照证书填写到期日期。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="384"/>
        <source>Attach a scan</source>
        <translation>附加扫描件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="386"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp)</source>
        <translation>扫描件 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="410"/>
        <source>Will attach: {name}</source>
        <translation>将附加：{name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="412"/>
        <source>Attached: {name}</source>
        <translation>已附加：{name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="414"/>
        <source>No scan attached.</source>
        <translation>未附加扫描件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/certificate_dialog.py" line="440"/>
        <source>A certificate numbered “{number}” is already recorded.</source>
        <translation>编号为“{number}”的证书已存在。</translation>
    </message>
</context>
<context>
    <name>CertificateTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/certificate_table_model.py" line="68"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/certificate_table_model.py" line="69"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/certificate_table_model.py" line="70"/>
        <source>Scheme</source>
        <translation>证书类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/certificate_table_model.py" line="71"/>
        <source>Issuer</source>
        <translation>发证机构</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/certificate_table_model.py" line="72"/>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/certificate_table_model.py" line="73"/>
        <source>Issued</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/certificate_table_model.py" line="74"/>
        <source>Expires</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/certificate_table_model.py" line="75"/>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/certificate_table_model.py" line="117"/>
        <source>(whole firm)</source>
        <translation>（全公司）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/certificate_table_model.py" line="121"/>
        <source>no expiry</source>
        <translation>无有效期</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/certificates_page.py" line="144"/>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/certificates_page.py" line="147"/>
        <source>Find by number, issuer or SKU…</source>
        <translation>按编号、发证机构或货号查找…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/certificates_page.py" line="148"/>
        <source>Show replaced</source>
        <translation>显示已替换的</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/certificates_page.py" line="149"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/certificates_page.py" line="150"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/certificates_page.py" line="151"/>
        <source>Renew…</source>
        <translation>续期…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/certificates_page.py" line="152"/>
        <source>Record the new certificate; the old one stays in the history</source>
        <translation>登记新证书；旧证书保留在历史记录中</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/certificates_page.py" line="153"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/certificates_page.py" line="154"/>
        <source>Open scan</source>
        <translation>打开扫描件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/certificates_page.py" line="155"/>
        <source>Enter results…</source>
        <translation>录入报告结果…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/certificates_page.py" line="156"/>
        <source>Type the results of the selected test report</source>
        <translation>录入所选检测报告的结果</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/certificates_page.py" line="157"/>
        <source>Import results…</source>
        <translation>导入报告结果…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/certificates_page.py" line="159"/>
        <source>Read the selected test report&apos;s results from a spreadsheet (a dry run first)</source>
        <translation>从表格读取所选检测报告的结果（先预览）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/certificates_page.py" line="313"/>
        <source>Delete certificate</source>
        <translation>删除证书</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/certificates_page.py" line="314"/>
        <source>Delete certificate {number}?</source>
        <translation>删除证书 {number}？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/certificates_page.py" line="320"/>
        <source>Its record is removed; a scan file stays in the data folder. To keep it as history, renew it instead.</source>
        <translation>证书记录将被删除；扫描文件仍保留在数据文件夹中。如需保留为历史记录，请改用“续期”。</translation>
    </message>
</context>
<context>
    <name>ChecklistPrinter</name>
    <message>
        <location filename="../../desktop_app/ui/checklist_printer.py" line="47"/>
        <source>Print checklist</source>
        <translation>打印检查清单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checklist_printer.py" line="49"/>
        <source>No product is selected. Select the products to print in the list (Ctrl+click for several, Ctrl+A for all), then print again.</source>
        <translation>未选择产品。请先在列表中选择要打印的产品（按住 Ctrl 单击可多选，Ctrl+A 全选），然后再打印。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checklist_printer.py" line="85"/>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checklist_printer.py" line="86"/>
        <source>Writing checklists</source>
        <translation>正在生成检查清单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checklist_printer.py" line="92"/>
        <source>Checklist ready</source>
        <translation>检查清单已生成</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checklist_printer.py" line="93"/>
        <source>The checklist was saved as {name}.</source>
        <translation>检查清单已保存为 {name}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checklist_printer.py" line="94"/>
        <source>Preview and print…</source>
        <translation>预览并打印…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checklist_printer.py" line="95"/>
        <source>Open in PDF viewer</source>
        <translation>用 PDF 阅读器打开</translation>
    </message>
</context>
<context>
    <name>CompositionEditor</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/composition_editor.py" line="46"/>
        <source>Add fibre</source>
        <translation>添加纤维</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/composition_editor.py" line="51"/>
        <source>(choose a fibre)</source>
        <translation>（选择纤维）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/composition_editor.py" line="62"/>
        <source>Remove this fibre</source>
        <translation>删除此纤维</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/composition_editor.py" line="106"/>
        <source>Choose a fibre in every row.</source>
        <translation>请在每一行选择纤维。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/composition_editor.py" line="120"/>
        <source>Total: {total} %</source>
        <translation>合计：{total}%</translation>
    </message>
</context>
<context>
    <name>ConflictBox</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/conflict_box.py" line="51"/>
        <source>What you typed is still in this dialog. Reload the saved version to see the other change (your edit here is replaced), or cancel your edit.</source>
        <translation>你输入的内容仍在本对话框中。可重新载入已保存的版本查看对方的修改（本对话框中的修改将被替换），或取消你的修改。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/conflict_box.py" line="55"/>
        <source>Reload the saved version</source>
        <translation>重新载入已保存的版本</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/conflict_box.py" line="56"/>
        <source>Cancel my edit</source>
        <translation>取消我的修改</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="148"/>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="165"/>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="167"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="169"/>
        <source>Expired certificates</source>
        <translation>已过期的证书</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="170"/>
        <source>Expiring certificates</source>
        <translation>即将到期的证书</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="171"/>
        <source>Products with gaps</source>
        <translation>存在缺口的产品</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="172"/>
        <source>Unread notices about your products</source>
        <translation>与您产品相关的未读通知</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="173"/>
        <source>Products not proven compliant</source>
        <translation>未证明合规的产品</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="179"/>
        <source>Catalogue version {version} · last sync: {sync}</source>
        <translation>标准库版本 {version} · 上次同步：{sync}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="185"/>
        <source>No products yet. Press Ctrl+N to add your first product, or load the demo data from the File menu to look around.</source>
        <translation>还没有产品。按 Ctrl+N 添加第一个产品，或从“文件”菜单加载示例数据先熟悉一下。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="190"/>
        <source>Expired certificates (%n)</source>
        <translation>
            <numerusform>已过期的证书（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="192"/>
        <source>Expiring within {days} days (%n)</source>
        <translation>
            <numerusform>{days} 天内到期（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="194"/>
        <source>Products with gaps (%n)</source>
        <translation>
            <numerusform>存在缺口的产品（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="195"/>
        <source>Unread notices about your products (%n)</source>
        <translation>
            <numerusform>与您产品相关的未读通知（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="196"/>
        <source>No expired certificates.</source>
        <translation>没有过期的证书。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="197"/>
        <source>Nothing expires soon.</source>
        <translation>近期没有到期的证书。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="204"/>
        <source>Every claim is backed by a valid certificate.</source>
        <translation>所有声明均有有效证书支持。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="209"/>
        <source>Concerns: {skus}</source>
        <translation>涉及：{skus}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="213"/>
        <source>No unread notices.</source>
        <translation>没有未读通知。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="218"/>
        <source>Failing</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="219"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="220"/>
        <source>Incomplete</source>
        <translation>不完整</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="225"/>
        <source>Products not proven compliant: %n</source>
        <translation>
            <numerusform>未证明合规的产品：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="227"/>
        <source>%n failing</source>
        <translation>
            <numerusform>%n 个不合格</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="234"/>
        <source>Every product is proven compliant.</source>
        <translation>每个产品均已证明合规。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="240"/>
        <source>whole firm</source>
        <translation>全公司</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/dashboard_page.py" line="243"/>
        <source>expires {date}</source>
        <translation>{date} 到期</translation>
    </message>
</context>
<context>
    <name>DiscardGuard</name>
    <message>
        <location filename="../../desktop_app/ui/discard_guard.py" line="37"/>
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/discard_guard.py" line="38"/>
        <source>You have changed this form. Discard the changes?</source>
        <translation>您已修改了此表单。要放弃这些修改吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/discard_guard.py" line="44"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/discard_guard.py" line="47"/>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="30"/>
        <source>The disk is full, so this change was not saved; no record was lost. Free some space (empty the recycle bin, move old files away) and try again.</source>
        <translation>磁盘已满，这次修改没有保存；没有丢失任何记录。请腾出空间（清空回收站、移走旧文件）后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="35"/>
        <source>The data folder {path} cannot be written (it is read-only), so this change was not saved; no record was lost. Ask whoever looks after this computer to allow writing there.</source>
        <translation>数据文件夹 {path} 无法写入（只读），这次修改没有保存；没有丢失任何记录。请让负责这台电脑的人开放该文件夹的写入权限。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="40"/>
        <source>The disk reported an error while writing, so this change was not saved; no record was lost. Back up now (Settings → Backups) and have the disk checked.</source>
        <translation>写入时磁盘报错，这次修改没有保存；没有丢失任何记录。请立即备份（设置 → 备份），并检查磁盘。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="45"/>
        <source>The database file {path} cannot be opened, so this change was not saved; no record was lost.</source>
        <translation>无法打开数据库文件 {path}，这次修改没有保存；没有丢失任何记录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="56"/>
        <source>SKU</source>
        <translation>货号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="57"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="58"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="59"/>
        <source>Age group</source>
        <translation>年龄段</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="60"/>
        <source>Skin contact</source>
        <translation>皮肤接触</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="61"/>
        <source>Markets</source>
        <translation>市场</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="62"/>
        <source>Composition</source>
        <translation>成分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="63"/>
        <source>Claims</source>
        <translation>声明</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="64"/>
        <source>Finishes</source>
        <translation>后整理</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="65"/>
        <source>Certificate number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="66"/>
        <source>Issuer</source>
        <translation>发证机构</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="67"/>
        <source>Expiry date</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="68"/>
        <source>Scheme</source>
        <translation>证书类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="69"/>
        <source>Scan</source>
        <translation>扫描件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="77"/>
        <source>{field} “{value}” already exists.</source>
        <translation>{field}“{value}”已存在。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="81"/>
        <source>“{key}” was not found; it may have been deleted.</source>
        <translation>找不到“{key}”，可能已被删除。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="85"/>
        <source>{field}: {reason}</source>
        <translation>{field}：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="93"/>
        <source>Nothing was imported; your records are as they were. ({reason})</source>
        <translation>没有导入任何内容，记录保持原样。（{reason}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="97"/>
        <source>Backup stopped: {reason}. Nothing in your records was replaced. ({path})</source>
        <translation>备份/恢复已停止：{reason}。记录未被替换。（{path}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="103"/>
        <source>A file could not be read or written: {error}</source>
        <translation>无法读取或写入文件：{error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="106"/>
        <source>Something went wrong: {error}. The log file has the details.</source>
        <translation>出现错误：{error}。详细信息见日志文件。</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/help_dialog.py" line="33"/>
        <source>User guide</source>
        <translation>使用指南</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/history_box.py" line="22"/>
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/history_box.py" line="23"/>
        <source>edited</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/history_box.py" line="24"/>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>HistoryBox</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/history_box.py" line="76"/>
        <source>History (UTC)</source>
        <translation>修改记录（UTC 时间）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/history_box.py" line="79"/>
        <source>No changes recorded.</source>
        <translation>没有修改记录。</translation>
    </message>
</context>
<context>
    <name>HostBanner</name>
    <message>
        <location filename="../../desktop_app/ui/host_banner.py" line="74"/>
        <source>Cannot reach the database host; what is shown is as it was last loaded. Nothing was lost; retrying…</source>
        <translation>数据库主机无法连接；显示的是上次载入的内容，没有丢失任何记录；正在重试…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/host_banner.py" line="78"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>HostBox</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/host_box.py" line="56"/>
        <source>Several PCs</source>
        <translation>多台电脑共用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/host_box.py" line="58"/>
        <source>This PC keeps the firm&apos;s records in its own file.</source>
        <translation>本机把企业的记录保存在自己的文件中。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/host_box.py" line="61"/>
        <source>This PC uses the database host {host}.</source>
        <translation>本机使用数据库主机 {host}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/host_box.py" line="63"/>
        <source>Several PCs…</source>
        <translation>多台电脑共用…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/host_box.py" line="64"/>
        <source>Several PCs (database host)…</source>
        <translation>多台电脑共用（数据库主机）…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/host_box.py" line="65"/>
        <source>Share one set of records between the office&apos;s PCs</source>
        <translation>让办公室的几台电脑共用同一套记录</translation>
    </message>
</context>
<context>
    <name>HostReport</name>
    <message>
        <location filename="../../desktop_app/ui/host_report.py" line="41"/>
        <source>Reachable: the host {host} answered in {seconds} s.</source>
        <translation>可以连接：主机 {host} 在 {seconds} 秒内应答。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/host_report.py" line="47"/>
        <source>PostgreSQL {version}: supported ({minimum} or newer).</source>
        <translation>PostgreSQL {version}：受支持（需 {minimum} 或更新版本）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/host_report.py" line="53"/>
        <source>Encoding UTF8: Chinese text is kept as typed.</source>
        <translation>编码为 UTF8：中文按原样保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/host_report.py" line="57"/>
        <source>The pg_trgm extension is there, for the standards search.</source>
        <translation>已有 pg_trgm 扩展，可用于标准检索。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/host_report.py" line="63"/>
        <location filename="../../desktop_app/ui/host_report.py" line="77"/>
        <source>The role may create tables.</source>
        <translation>该角色可以建表。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/host_report.py" line="68"/>
        <source>The role may not create tables, but the schema is there already.</source>
        <translation>该角色不能建表，但表结构已经存在。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/host_report.py" line="84"/>
        <source>No schema yet: on the host PC, press Create the schema.</source>
        <translation>尚未建表：请在主机上点击“建表”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/host_report.py" line="93"/>
        <source>The schema is there and up to date ({revision}).</source>
        <translation>表结构已存在且为最新（{revision}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/host_report.py" line="102"/>
        <source>The schema is at {found}; Create the schema brings it to {revision}.</source>
        <translation>表结构版本为 {found}；点击“建表”可升级到 {revision}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/host_report.py" line="109"/>
        <source>The host can keep the firm&apos;s records.</source>
        <translation>这台主机可以保存企业的记录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/host_report.py" line="119"/>
        <source>The password was not kept: this PC has no usable system keyring. The step itself is done. Without the keyring, the app reaches the host only when the PGPASSWORD environment variable holds the password: set it on this PC for the user who runs the app, or the host will refuse the login at the next start.</source>
        <translation>密码没有保存：本机没有可用的系统密钥环。这一步本身已经完成。没有密钥环时，只有环境变量 PGPASSWORD 中存有密码，程序才能连上主机：请在本机为运行本程序的用户设置这个变量，否则下次启动时主机会拒绝登录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/host_report.py" line="133"/>
        <source>Every table was moved to {host} and checked: the same rows, the same checksum.</source>
        <translation>每张表都已移到 {host} 并逐一核对：行数相同，校验和相同。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/host_report.py" line="158"/>
        <source>{table}: %n row(s), checksum {checksum}</source>
        <translation>
            <numerusform>{table}：%n 行，校验和 {checksum}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/host_report.py" line="148"/>
        <source>The local file was kept as it was; this PC uses the host from its next start.</source>
        <translation>本地文件原样保留；本机下次启动起使用主机。</translation>
    </message>
</context>
<context>
    <name>HostSetupDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="214"/>
        <source>Enter the host&apos;s address and the database name.</source>
        <translation>请填写主机地址和数据库名称。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="224"/>
        <source>This is not a host address: write a name or an IP address.</source>
        <translation>这不是主机地址：请填写计算机名或 IP 地址。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="280"/>
        <source>Cancelled: nothing was moved, the host is as it was.</source>
        <translation>已取消：没有移动任何记录，主机保持原样。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="282"/>
        <source>Cancelled. Press Check to see how the host is now.</source>
        <translation>已取消。请点击“检查”查看主机现在的状态。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="302"/>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="409"/>
        <source>Asking the host…</source>
        <translation>正在询问主机…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="316"/>
        <source>The schema on the host is ready (revision {revision}).</source>
        <translation>主机上的表结构已就绪（版本 {revision}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="325"/>
        <source>The records on the host were backed up first, to {path}.</source>
        <translation>升级前已先把主机上的记录备份到 {path}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="331"/>
        <source>Next: move this PC&apos;s records to the host.</source>
        <translation>下一步：把本机的记录移到主机。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="339"/>
        <source>Creating the schema…</source>
        <translation>正在建表…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="369"/>
        <source>Moving the records, table by table…</source>
        <translation>正在逐表移动记录…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="389"/>
        <source>The host has no records yet: set it up on the host PC first (this PC is the host → Create the schema, Move the records).</source>
        <translation>主机上还没有记录：请先在主机电脑上设置（本机是主机 → 建表、移动记录）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="399"/>
        <source>This PC will use the host {host}.</source>
        <translation>本机将使用主机 {host}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="422"/>
        <source>This PC will keep its records in its own file again.</source>
        <translation>本机将重新使用自己的文件保存记录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="424"/>
        <source>This PC already keeps its records in its own file.</source>
        <translation>本机已经在使用自己的文件保存记录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="436"/>
        <source>Going back to this PC&apos;s own file…</source>
        <translation>正在改回本机文件…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="458"/>
        <source>Now this PC keeps the records in its own file ({path}).</source>
        <translation>目前本机把记录保存在自己的文件中（{path}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="462"/>
        <source>Now this PC uses the database host {host}.</source>
        <translation>目前本机使用数据库主机 {host}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="465"/>
        <source>The address was given at start (--database-url or TEXTILE_ASSISTANT_DATABASE_URL): it wins over what is set here.</source>
        <translation>数据库地址是启动时指定的（--database-url 或 TEXTILE_ASSISTANT_DATABASE_URL），它优先于这里的设置。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="470"/>
        <source>From the next start it uses {host}.</source>
        <translation>下次启动起使用 {host}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="474"/>
        <source>From the next start it uses its own file.</source>
        <translation>下次启动起使用本机文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="475"/>
        <source>Close the app and open it again to switch.</source>
        <translation>关闭本程序再重新打开即可切换。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="479"/>
        <source>Several PCs, one set of records</source>
        <translation>多台电脑共用一套记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="483"/>
        <source>This PC keeps its records (one PC, nothing to set up)</source>
        <translation>本机自己保存记录（单台电脑，无需设置）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="484"/>
        <source>This PC is the host (it runs PostgreSQL for the others)</source>
        <translation>本机是主机（为其他电脑运行 PostgreSQL）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="485"/>
        <source>Connect to a host</source>
        <translation>连接到主机</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="492"/>
        <source>The records stay in the file in this PC&apos;s data folder, as always.</source>
        <translation>记录照常保存在本机数据文件夹的文件中。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="494"/>
        <source>Install PostgreSQL first (installer/README.md), then: Check, Create the schema, Move the records. The local file is kept as it was.</source>
        <translation>请先安装 PostgreSQL（见 installer/README.md），然后依次：检查、建表、移动记录。本地文件会原样保留。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="497"/>
        <source>For the other PCs, once the host is set up: Check, then Use this host.</source>
        <translation>用于其他电脑，主机设置好之后：先“检查”，再“使用此主机”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="501"/>
        <source>Database host</source>
        <translation>数据库主机</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="504"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="504"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="504"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="504"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="504"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="507"/>
        <source>e.g. 192.168.1.10</source>
        <translation>例如 192.168.1.10</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="508"/>
        <source>kept in the system keyring, never in a file</source>
        <translation>保存在系统钥匙串中，不会写入文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="509"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="510"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="511"/>
        <source>Create the schema</source>
        <translation>建表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="512"/>
        <source>Move the records here</source>
        <translation>把记录移到主机</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="513"/>
        <source>Use this host</source>
        <translation>使用此主机</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="514"/>
        <source>Use this PC&apos;s own file</source>
        <translation>改用本机文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/host_setup_dialog.py" line="515"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="150"/>
        <source>Import products</source>
        <translation>导入产品</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="150"/>
        <source>Import certificates</source>
        <translation>导入证书</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="151"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="152"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="153"/>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="154"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="157"/>
        <source>How a CSV file&apos;s text is stored; .xlsx files need no choice.</source>
        <translation>CSV 文件的文字编码；.xlsx 文件无需选择。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="159"/>
        <source>All or nothing</source>
        <translation>全部或全不</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="160"/>
        <source>Import nothing if any row is rejected.</source>
        <translation>只要有一行被拒绝，就什么都不导入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="161"/>
        <source>Save template…</source>
        <translation>保存模板…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="162"/>
        <source>A blank .xlsx with the columns the import knows</source>
        <translation>一个空白 .xlsx，包含导入能识别的各列</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="163"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="173"/>
        <source>No file chosen.</source>
        <translation>未选择文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="189"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="189"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="191"/>
        <source>Choose a .xlsx or .csv file to see what it would import.</source>
        <translation>选择一个 .xlsx 或 .csv 文件，查看将导入的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="228"/>
        <source>Choose a file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="230"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv);;All files (*)</source>
        <translation>表格文件 (*.xlsx *.xlsm *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="238"/>
        <source>Save template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="240"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="272"/>
        <source>… and {n} more</source>
        <translation>……另有 {n} 项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="275"/>
        <source>Change what applies?</source>
        <translation>修改适用条件？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="277"/>
        <source>These changes decide which standards apply to existing products (and at which grade). Import them?</source>
        <translation>以下修改会改变现有产品适用的标准（及等级）。确定导入吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="286"/>
        <source>Import these changes</source>
        <translation>导入这些修改</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="287"/>
        <source>Go back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="311"/>
        <source>Importing {file}</source>
        <translation>正在导入 {file}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="311"/>
        <source>Checking {file}</source>
        <translation>正在检查 {file}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="364"/>
        <source>Stopped before the end.</source>
        <translation>未完成即已停止。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/import_dialog.py" line="394"/>
        <source>Template saved: {path}</source>
        <translation>模板已保存：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_texts.py" line="23"/>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_texts.py" line="24"/>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_texts.py" line="25"/>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_texts.py" line="27"/>
        <source>Read as {encoding}, separated by {separator}; header on row {row}.</source>
        <translation>按 {encoding} 读取，以{separator}分隔；表头在第 {row} 行。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_texts.py" line="34"/>
        <source>Sheet “{sheet}”, header on row {row}.</source>
        <translation>工作表“{sheet}”，表头在第 {row} 行。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_texts.py" line="47"/>
        <source>Imported: {added}, {updated}; {rejected}.</source>
        <translation>已导入：{added}，{updated}；{rejected}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_texts.py" line="60"/>
        <source>A backup was saved first: {name}</source>
        <translation>导入前已保存备份：{name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_texts.py" line="62"/>
        <source>{added}, {updated}, {unchanged}; {rejected}.</source>
        <translation>{added}，{updated}，{unchanged}；{rejected}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_texts.py" line="71"/>
        <source>Nothing was written: some rows are rejected and “All or nothing” is on.</source>
        <translation>没有写入任何内容：有行被拒绝，且已选“全部或全不”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_texts.py" line="75"/>
        <source>Nothing was written: the records already match the file.</source>
        <translation>没有写入任何内容：记录已与文件一致。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_texts.py" line="79"/>
        <source>All or nothing: nothing can be imported while any row is rejected.</source>
        <translation>全部或全不：只要还有被拒绝的行，就不能导入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_texts.py" line="83"/>
        <source>Nothing to import: the file has no new or changed rows.</source>
        <translation>没有可导入的内容：文件中没有新增或改动的行。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_texts.py" line="87"/>
        <source>Nothing has been written yet; Import writes the new and changed rows.</source>
        <translation>尚未写入任何内容；点“导入”写入新增和改动的行。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_texts.py" line="97"/>
        <source>The file lacks required columns: {columns}.</source>
        <translation>文件缺少必需的列：{columns}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_texts.py" line="100"/>
        <source>No header row naming the needed columns was found near the top of the file. It needs: {columns}.</source>
        <translation>在文件开头附近没有找到包含所需列名的表头行。需要：{columns}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_texts.py" line="104"/>
        <source>The file was not found; it may have been moved or deleted.</source>
        <translation>找不到文件，可能已被移动或删除。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_texts.py" line="107"/>
        <source>The file is not {encoding} text. Choose another encoding, or Automatic.</source>
        <translation>该文件不是 {encoding} 编码的文本。请选择其他编码，或选“自动”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_texts.py" line="110"/>
        <source>Old .xls workbooks cannot be read; save the file as .xlsx or .csv in Excel.</source>
        <translation>无法读取旧版 .xls 工作簿；请在 Excel 中另存为 .xlsx 或 .csv。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_texts.py" line="113"/>
        <source>This is not a readable .xlsx workbook; it may be damaged or of another kind.</source>
        <translation>这不是可读取的 .xlsx 工作簿，可能已损坏或是其他类型的文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_texts.py" line="116"/>
        <source>A template is an .xlsx file; choose a name ending in .xlsx.</source>
        <translation>模板是 .xlsx 文件；请使用以 .xlsx 结尾的文件名。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_texts.py" line="124"/>
        <source>This file cannot be imported: {reason}</source>
        <translation>无法导入此文件：{reason}</translation>
    </message>
</context>
<context>
    <name>ImportErrorsModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/import_errors_model.py" line="49"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/import_errors_model.py" line="50"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/import_errors_model.py" line="51"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/import_errors_model.py" line="52"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ImportMappingModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/import_mapping_model.py" line="72"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/import_mapping_model.py" line="72"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/import_mapping_model.py" line="82"/>
        <source>(not used)</source>
        <translation>（未使用）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/import_mapping_model.py" line="84"/>
        <source>— not in the file</source>
        <translation>— 文件中没有</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/import_mapping_model.py" line="89"/>
        <source>The file has no column for this; updated records keep their stored value.</source>
        <translation>文件中没有这一列；被更新的记录保留原有的值。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/import_mapping_model.py" line="91"/>
        <source>The import does not know this column and leaves it out.</source>
        <translation>导入不认识这一列，将其略过。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/import_mapping_model.py" line="93"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/import_preview_model.py" line="86"/>
        <source>Added</source>
        <translation>已新增</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/import_preview_model.py" line="88"/>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/import_preview_model.py" line="90"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/import_preview_model.py" line="91"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/import_preview_model.py" line="92"/>
        <source>Unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/import_preview_model.py" line="93"/>
        <source>Rejected</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/import_preview_model.py" line="118"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/import_preview_model.py" line="155"/>
        <source>This change decides which standards apply; Import asks before writing it.</source>
        <translation>此修改会改变适用的标准；导入前会请您确认。</translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/import_report_view.py" line="84"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/import_report_view.py" line="85"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/import_report_view.py" line="93"/>
        <source>Problems ({count})</source>
        <translation>问题（{count}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/import_report_view.py" line="99"/>
        <source>Showing the first {shown} of {total} rows.</source>
        <translation>显示前 {shown} 行，共 {total} 行。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="239"/>
        <source>Textile Compliance Assistant</source>
        <translation>纺织合规助手</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="245"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="246"/>
        <source>New product or certificate (Ctrl+N)</source>
        <translation>新建产品或证书 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="247"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="248"/>
        <source>&amp;Print checklist…</source>
        <translation>打印检查清单(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="253"/>
        <source>&amp;Update catalogue</source>
        <translation>更新标准库(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="254"/>
        <source>Fetch the latest standards from the platform (F5)</source>
        <translation>从平台获取最新标准 (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="255"/>
        <source>&amp;Import update file…</source>
        <translation>导入更新文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="256"/>
        <source>Apply an offline catalogue update file from the platform</source>
        <translation>应用平台提供的离线目录更新文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="257"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="237"/>
        <source>Textile Compliance Assistant — Demo data</source>
        <translation>纺织合规助手 — 演示数据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="240"/>
        <source>Demo data: not your firm&apos;s records</source>
        <translation>演示数据：不是本企业的记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="249"/>
        <source>&amp;Record results…</source>
        <translation>录入结果(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="251"/>
        <source>Enter an inspector&apos;s results from a printed checklist: scan its QR code (Ctrl+R)</source>
        <translation>从打印的核查清单录入检验员的结果：扫描其二维码（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="258"/>
        <source>Open the &amp;demo firm (separate data)…</source>
        <translation>打开演示企业（独立数据）(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="261"/>
        <source>Opens a demo firm with sample products and certificates in a second window, from its own data folder: your records are not touched</source>
        <translation>在第二个窗口中打开带有示例产品和证书的演示企业，数据存放在它自己的文件夹中：不会改动您的记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="266"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="267"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="268"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="269"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="270"/>
        <source>&amp;User guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="271"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="272"/>
        <source>&amp;Detail pane</source>
        <translation>详情窗格(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="273"/>
        <source>Show or hide the detail pane of products and standards (F9)</source>
        <translation>显示或隐藏产品和标准的详情窗格（F9）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="274"/>
        <source>&amp;Catalogue</source>
        <translation>标准库(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="275"/>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="276"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue_updates.py" line="29"/>
        <location filename="../../desktop_app/ui/catalogue_updates.py" line="38"/>
        <source>Updating the catalogue</source>
        <translation>正在更新标准库</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="374"/>
        <source>The daily backup could not be written: {error}</source>
        <translation>无法写入每日备份：{error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="379"/>
        <source>The catalogue is being updated; restore a backup when it has finished.</source>
        <translation>目录正在更新；请在更新完成后再恢复备份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue_updates.py" line="43"/>
        <source>Import update file</source>
        <translation>导入更新文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue_updates.py" line="45"/>
        <source>Update files (*.zip *.tcpkg);;All files (*)</source>
        <translation>更新文件 (*.zip *.tcpkg);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue_updates.py" line="56"/>
        <source>Importing the update file</source>
        <translation>正在导入更新文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue_updates.py" line="66"/>
        <source>The catalogue is already being updated.</source>
        <translation>目录正在更新中。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue_updates.py" line="89"/>
        <source>Update cancelled; what was fetched so far is kept.</source>
        <translation>更新已取消；已获取的内容已保留。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue_updates.py" line="99"/>
        <source>Catalogue updated to version {version}.</source>
        <translation>标准库已更新到版本 {version}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue_updates.py" line="134"/>
        <source>Catalogue update</source>
        <translation>更新标准库</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/demo_and_help.py" line="39"/>
        <source>Preparing the demo firm</source>
        <translation>正在准备演示企业</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/demo_and_help.py" line="48"/>
        <source>Demo firm</source>
        <translation>演示企业</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/demo_and_help.py" line="49"/>
        <source>The demo firm could not be opened. Start the program with --data-dir {folder}.</source>
        <translation>无法打开演示企业。请用 --data-dir {folder} 启动程序。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/demo_and_help.py" line="56"/>
        <source>The demo firm opens in a second window.</source>
        <translation>演示企业将在第二个窗口中打开。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="438"/>
        <source>Catalogue version {version}</source>
        <translation>标准库版本 {version}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="440"/>
        <source>Last sync: {when}</source>
        <translation>上次同步：{when}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="456"/>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="477"/>
        <source>Could not complete</source>
        <translation>无法完成</translation>
    </message>
</context>
<context>
    <name>MigrationNotes</name>
    <message>
        <location filename="../../desktop_app/ui/migration_notes.py" line="27"/>
        <source>Records upgraded</source>
        <translation>记录已升级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/migration_notes.py" line="28"/>
        <source>Every record was kept. A few values need a look:</source>
        <translation>所有记录都已保留。以下几项需要您检查：</translation>
    </message>
</context>
<context>
    <name>NoticesPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="84"/>
        <source>Notices</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="108"/>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="109"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="110"/>
        <source>Information</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="162"/>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="164"/>
        <source>Mark unread</source>
        <translation>标为未读</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="164"/>
        <source>Mark read</source>
        <translation>标为已读</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="171"/>
        <source>{severity} · published {date}</source>
        <translation>{severity} · 发布于 {date}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="176"/>
        <source>Takes effect {date}</source>
        <translation>{date} 生效</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="178"/>
        <source>Standards: {codes}</source>
        <translation>标准：{codes}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="180"/>
        <source>Concerns your products: {skus}</source>
        <translation>涉及您的产品：{skus}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="212"/>
        <source>Notices about your products come first. Unread ones are bold; select one to read it.</source>
        <translation>与您的产品相关的通知排在前面。未读通知以粗体显示；选中一条即可阅读。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="215"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="215"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="215"/>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="215"/>
        <source>Your products concerned</source>
        <translation>涉及的产品</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="217"/>
        <source>Open link</source>
        <translation>打开链接</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/notices_page.py" line="218"/>
        <source>Select a notice to read it here.</source>
        <translation>选中一条通知即可在此阅读。</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="26"/>
        <source>Opening the firm&apos;s records…
After an update of the app this can take a minute: the database is being brought up to date. Please do not close the app.</source>
        <translation>正在打开本企业的记录…
软件更新后可能需要一分钟左右：正在升级数据库，请勿关闭软件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/opening.py" line="53"/>
        <source>Textile Compliance Assistant</source>
        <translation>纺织合规助手</translation>
    </message>
</context>
<context>
    <name>OriginsEdit</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/origins_edit.py" line="48"/>
        <source>Other origins, as ISO codes:</source>
        <translation>其他产地（ISO 代码）：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/origins_edit.py" line="49"/>
        <source>e.g. VN, PK, CN-GD</source>
        <translation>例如 VN, PK, CN-GD</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/origins_edit.py" line="68"/>
        <source>“{codes}” is not an ISO country code; write codes such as VN or CN-GD.</source>
        <translation>“{codes}”不是 ISO 国家或地区代码；请填写 VN、CN-GD 这样的代码。</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../desktop_app/ui/pages/page.py" line="84"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/page.py" line="85"/>
        <source>Import from an Excel or CSV spreadsheet</source>
        <translation>从 Excel 或 CSV 表格导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/page.py" line="94"/>
        <source>Could not complete</source>
        <translation>无法完成</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/print_preview.py" line="106"/>
        <source>Print preview — {name}</source>
        <translation>打印预览 — {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/print_preview.py" line="107"/>
        <source>of {n}</source>
        <translation>/ {n}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/print_preview.py" line="108"/>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/print_preview.py" line="109"/>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/print_preview.py" line="110"/>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/print_preview.py" line="111"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/print_preview.py" line="112"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/product_dialog.py" line="137"/>
        <source>New product</source>
        <translation>新建产品</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/product_dialog.py" line="138"/>
        <source>Edit product</source>
        <translation>编辑产品</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/product_dialog.py" line="139"/>
        <source>Duplicate product</source>
        <translation>复制产品</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/product_dialog.py" line="194"/>
        <source>The upper bound is below the lower bound.</source>
        <translation>上限小于下限。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/product_dialog.py" line="181"/>
        <location filename="../../desktop_app/ui/dialogs/product_dialog.py" line="252"/>
        <source>Another product already has SKU “{sku}”.</source>
        <translation>已有产品使用货号“{sku}”。</translation>
    </message>
</context>
<context>
    <name>ProductForm</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="265"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="266"/>
        <source>Components and finishes</source>
        <translation>部件与整理</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="267"/>
        <source>Markets and origin</source>
        <translation>市场与产地</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="269"/>
        <source>SKU</source>
        <translation>货号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="270"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="271"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="272"/>
        <source>Product type</source>
        <translation>产品类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="273"/>
        <source>Construction</source>
        <translation>织造方式</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="274"/>
        <source>Age group</source>
        <translation>年龄段</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="275"/>
        <source>Age (months)</source>
        <translation>适用月龄</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="276"/>
        <source>Height (cm)</source>
        <translation>适用身高</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="277"/>
        <source>Skin contact</source>
        <translation>皮肤接触</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="278"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="279"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="280"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="283"/>
        <source>e.g. BB-001</source>
        <translation>例如 BB-001</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="284"/>
        <source>e.g. 婴儿连体衣 Baby bodysuit</source>
        <translation>例如 婴儿连体衣</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="285"/>
        <source>— not recorded</source>
        <translation>— 未记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="299"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="302"/>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="305"/>
        <source>Age and height ranges are optional, but rules on sleepwear, cords and infant limits depend on them: a standard that needs one shows as “possible” until it is recorded. Chinese children&apos;s sizes go by height.</source>
        <translation>月龄和身高范围可不填，但睡衣、绳带和婴幼儿限量等规则要看它们：需要这些信息的标准在记录之前显示为“可能适用”。中国童装号型按身高。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="310"/>
        <source>Fibre composition</source>
        <translation>纤维成分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="311"/>
        <source>Components and trims</source>
        <translation>部件与辅料</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="312"/>
        <source>Finishes</source>
        <translation>后整理</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="313"/>
        <source>Claims on the label</source>
        <translation>标签上的声明</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="314"/>
        <source>Markets sold to</source>
        <translation>销售市场</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="317"/>
        <source>A market contains its parts: US covers every state, EU every member state. Tick a state alone when the product is sold only there.</source>
        <translation>市场包含其下辖地区：美国包括各州，欧盟包括各成员国。只在某一州销售时，只勾选该州。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="321"/>
        <source>Origin of fibres and materials</source>
        <translation>纤维和材料的产地</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="334"/>
        <source>Find a market or state…</source>
        <translation>查找市场或州…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="341"/>
        <source>Markets</source>
        <translation>市场</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="342"/>
        <source>States and provinces</source>
        <translation>州和省</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="343"/>
        <source>EU member states</source>
        <translation>欧盟成员国</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_form.py" line="347"/>
        <source>{value} (not a known value: uncheck it or keep it as recorded)</source>
        <translation>{value}（不是已知的值：可取消勾选，或按原记录保留）</translation>
    </message>
</context>
<context>
    <name>ProductPanel</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="103"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="103"/>
        <source>Standard and why it applies</source>
        <translation>标准及适用原因</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="114"/>
        <source>Select a product to see its standards and certificates.</source>
        <translation>选择一个产品，查看其适用标准和证书。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="116"/>
        <source>Applicable standards</source>
        <translation>适用标准</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="117"/>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="118"/>
        <source>Gaps</source>
        <translation>缺口</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="129"/>
        <source>Applicable standards (%n)</source>
        <translation>
            <numerusform>适用标准（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="131"/>
        <source>Certificates (%n)</source>
        <translation>
            <numerusform>证书（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="135"/>
        <source>expires {date}</source>
        <translation>{date} 到期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="141"/>
        <source>No certificate covers this product.</source>
        <translation>没有证书覆盖此产品。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="145"/>
        <source>Gaps (%n)</source>
        <translation>
            <numerusform>缺口（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="149"/>
        <source>No gaps: every claim is backed.</source>
        <translation>没有缺口：所有声明均有证书支持。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="158"/>
        <source>Proof of compliance</source>
        <translation>合规证明</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="164"/>
        <source>Proof of compliance: %1 of %2 proven</source>
        <translation>合规证明：%2 项中已证明 %1 项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="174"/>
        <source>No standard applies.</source>
        <translation>没有适用的标准。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="178"/>
        <source>Compliant</source>
        <translation>合规</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="179"/>
        <source>Failing</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="180"/>
        <source>Incomplete</source>
        <translation>不完整</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="181"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="182"/>
        <source>Not required yet</source>
        <translation>尚不要求</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="195"/>
        <source>evidence ran out on {date}</source>
        <translation>证据已于 {date} 失效</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="200"/>
        <source>; and %n more</source>
        <translation>
            <numerusform>；另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="201"/>
        <source>no result for {items}</source>
        <translation>以下项目无结果：{items}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="204"/>
        <source>tested {date}</source>
        <translation>检测于 {date}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="208"/>
        <source>meets grade {grade}</source>
        <translation>符合 {grade} 级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="217"/>
        <source>{item} {value}, limit {limit}</source>
        <translation>{item} {value}，限值 {limit}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="222"/>
        <source>{margin} over</source>
        <translation>超出 {margin}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="230"/>
        <source>{range} months</source>
        <translation>{range} 个月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="232"/>
        <source>{range} cm</source>
        <translation>{range} cm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="235"/>
        <source>origin {codes}</source>
        <translation>产地 {codes}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="242"/>
        <source>In force (%n)</source>
        <translation>
            <numerusform>现行适用（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="243"/>
        <source>Possible: record what is missing (%n)</source>
        <translation>
            <numerusform>可能适用：请补记缺少的信息（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="244"/>
        <source>Upcoming (%n)</source>
        <translation>
            <numerusform>即将生效（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="276"/>
        <source>Possible: record {attributes}</source>
        <translation>可能适用：请记录{attributes}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="280"/>
        <source>from {date}</source>
        <translation>自 {date} 起</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="282"/>
        <source>Upcoming: applies from {date}</source>
        <translation>即将生效：自 {date} 起适用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="284"/>
        <source>In force</source>
        <translation>现行适用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="286"/>
        <source>record {attributes} to settle some items</source>
        <translation>记录{attributes}后可确定部分项目</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="293"/>
        <source>{code}: {item} {limit}, from {date}</source>
        <translation>{code}：{item} {limit}，自 {date} 起</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="302"/>
        <source>product type</source>
        <translation>产品类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="303"/>
        <source>construction</source>
        <translation>织造方式</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="304"/>
        <source>age range (months)</source>
        <translation>月龄范围</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="305"/>
        <source>height range (cm)</source>
        <translation>身高范围</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="306"/>
        <source>origin</source>
        <translation>产地</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="312"/>
        <source>Hide history</source>
        <translation>收起修改记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="312"/>
        <source>Show history (UTC)</source>
        <translation>显示修改记录（UTC 时间）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="234"/>
        <location filename="../../desktop_app/ui/widgets/product_panel.py" line="308"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/product_table_model.py" line="52"/>
        <source>Infant</source>
        <translation>婴幼儿</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/product_table_model.py" line="53"/>
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/product_table_model.py" line="54"/>
        <source>Adult</source>
        <translation>成人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/product_table_model.py" line="221"/>
        <source>SKU</source>
        <translation>货号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/product_table_model.py" line="222"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/product_table_model.py" line="223"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/product_table_model.py" line="224"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/product_table_model.py" line="225"/>
        <source>Age group</source>
        <translation>年龄段</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/product_table_model.py" line="226"/>
        <source>Markets</source>
        <translation>市场</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/product_table_model.py" line="227"/>
        <source>Composition</source>
        <translation>成分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/product_table_model.py" line="228"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/product_table_model.py" line="229"/>
        <source>Gaps</source>
        <translation>缺口</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/product_table_model.py" line="230"/>
        <source>Proof</source>
        <translation>合规状态</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/models/product_table_model.py" line="268"/>
        <source>%n claim(s) without a valid certificate</source>
        <translation>
            <numerusform>%n 项声明没有有效证书</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/products_page.py" line="194"/>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products_page.py" line="197"/>
        <source>Find by SKU, name or customer…</source>
        <translation>按货号、名称或客户查找…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products_page.py" line="199"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products_page.py" line="200"/>
        <source>All markets</source>
        <translation>全部市场</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products_page.py" line="204"/>
        <source>Show products by their proof of compliance</source>
        <translation>按合规证明筛选产品</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products_page.py" line="205"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products_page.py" line="206"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products_page.py" line="207"/>
        <source>Duplicate…</source>
        <translation>复制…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products_page.py" line="208"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products_page.py" line="209"/>
        <source>Print checklist…</source>
        <translation>打印检查清单…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products_page.py" line="397"/>
        <source>Delete product {sku}?</source>
        <translation>删除产品 {sku}？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/products_page.py" line="399"/>
        <source>Delete %n product(s)?</source>
        <translation>
            <numerusform>删除 %n 个产品？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products_page.py" line="402"/>
        <source>Delete products</source>
        <translation>删除产品</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/products_page.py" line="409"/>
        <source>Certificates are kept: they stay in the certificates list, without this product. Checklists already printed keep its SKU.</source>
        <translation>证书会保留：它们仍在证书列表中，只是不再关联此产品。已打印的检查清单保留其货号。</translation>
    </message>
</context>
<context>
    <name>ProofStatus</name>
    <message>
        <location filename="../../desktop_app/ui/proof_status.py" line="34"/>
        <source>Failing</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/proof_status.py" line="35"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/proof_status.py" line="36"/>
        <source>Incomplete</source>
        <translation>不完整</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/proof_status.py" line="37"/>
        <source>Compliant</source>
        <translation>合规</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/proof_status.py" line="38"/>
        <source>Not required</source>
        <translation>尚不要求</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/proof_status.py" line="45"/>
        <source>A test result does not meet a limit</source>
        <translation>有检测结果未达到限量要求</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/proof_status.py" line="46"/>
        <source>The newest evidence is older than the re-test interval</source>
        <translation>最新的证据已超过复检周期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/proof_status.py" line="49"/>
        <source>Some items with a limit have no result</source>
        <translation>部分有限量要求的项目尚无检测结果</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/proof_status.py" line="50"/>
        <source>Every item with a limit has a passing result in time</source>
        <translation>每个有限量要求的项目都有在有效期内的合格结果</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/proof_status.py" line="53"/>
        <source>No standard in force asks for proof yet (upcoming or possible only)</source>
        <translation>尚无现行标准要求证明（仅有即将实施或可能适用的标准）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/proof_status.py" line="63"/>
        <source>Any proof</source>
        <translation>全部合规状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/proof_status.py" line="64"/>
        <source>Not proven compliant</source>
        <translation>未证明合规</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="61"/>
        <source>not a date; write it as 2025-10-24</source>
        <translation>不是日期；请写成 2025-10-24</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="132"/>
        <source>a date is needed</source>
        <translation>需要填写日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="133"/>
        <source>no such day; write it as 2025-10-24</source>
        <translation>没有这一天；请写成 2025-10-24</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="134"/>
        <source>day and month order is ambiguous; write the year first, e.g. 2025-10-24</source>
        <translation>日和月的顺序不明确；请把年份写在前面，如 2025-10-24</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="142"/>
        <source>cannot read the composition; write e.g. 95%棉 5%氨纶 or cotton 95, elastane 5</source>
        <translation>无法读取成分；请写成 95%棉 5%氨纶 或 cotton 95, elastane 5</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="43"/>
        <source>percent must be above 0 and at most 100</source>
        <translation>百分比必须大于 0 且不超过 100</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="42"/>
        <source>fibre listed twice</source>
        <translation>同一纤维填写了两次</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="26"/>
        <source>must be one of {allowed}</source>
        <translation>必须是以下之一：{allowed}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="35"/>
        <source>at most {max} characters</source>
        <translation>最多 {max} 个字符</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="38"/>
        <source>give the fibre composition, e.g. 95%棉 5%氨纶 or cotton:95 elastane:5</source>
        <translation>请填写纤维成分，如 95%棉 5%氨纶 或 cotton:95 elastane:5</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="41"/>
        <source>fibre names are lower-case words, e.g. cotton</source>
        <translation>纤维名称请用小写英文单词，如 cotton</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="44"/>
        <source>percentages sum to {total}, not 100</source>
        <translation>各成分合计 {total}%，不是 100%</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="45"/>
        <source>write fibre:percent, e.g. cotton:95</source>
        <translation>请写成 纤维:百分比，如 cotton:95</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="46"/>
        <source>the percent is not a number</source>
        <translation>百分比不是数字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="48"/>
        <source>is before the issue date {issued}</source>
        <translation>早于颁发日期 {issued}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="30"/>
        <source>a value is repeated</source>
        <translation>有重复的值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="34"/>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="36"/>
        <source>at least one market is needed</source>
        <translation>至少需要一个销售市场</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="37"/>
        <source>use a two-letter country code, EU or GLOBAL</source>
        <translation>请用两位国家代码、EU 或 GLOBAL</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="47"/>
        <source>name the certification body or lab</source>
        <translation>请填写发证机构或检测机构</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="49"/>
        <source>this data folder holds the firm&apos;s own records; the demo firm is in {folder}</source>
        <translation>此数据文件夹存有本企业自己的记录；演示企业在 {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="52"/>
        <source>{scheme} certificates always expire: enter the expiry date</source>
        <translation>{scheme} 证书总有有效期：请填写到期日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="55"/>
        <source>no product with this SKU</source>
        <translation>没有这个货号的产品</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="56"/>
        <source>certificate {number} exists in several schemes ({schemes}); choose the scheme</source>
        <translation>证书号 {number} 在多个体系中都有（{schemes}）；请选择体系</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="59"/>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="60"/>
        <source>attach a PDF or an image</source>
        <translation>请附上 PDF 或图片文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="62"/>
        <source>must be between {low} and {high}</source>
        <translation>必须在 {low} 到 {high} 之间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="63"/>
        <source>no product in this category</source>
        <translation>这个类别下没有产品</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="64"/>
        <source>choose one or more products</source>
        <translation>请选择一个或多个产品</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="65"/>
        <source>no product to print a checklist for</source>
        <translation>没有可以打印清单的产品</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="66"/>
        <source>choose a file to write, or a folder for one file per product</source>
        <translation>请选择要写入的文件，或每个产品一份文件的文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="69"/>
        <source>its folder does not exist</source>
        <translation>所在文件夹不存在</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="70"/>
        <source>must be 1 to 100 characters without spaces</source>
        <translation>必须是 1 到 100 个字符，不含空格</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="71"/>
        <source>is a key shipped with the app, with other bytes</source>
        <translation>这是随软件提供的密钥，但内容不同</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="74"/>
        <source>is shipped with the app and cannot be removed</source>
        <translation>这是随软件提供的密钥，不能删除</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="75"/>
        <source>must be printable ASCII without spaces</source>
        <translation>只能是可打印的 ASCII 字符，不含空格</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="76"/>
        <source>{kind} “{key}” was not found</source>
        <translation>找不到{kind}“{key}”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="77"/>
        <source>already exists</source>
        <translation>已存在</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="78"/>
        <source>the database was written by a newer version of the app (schema {found}; this version knows up to {known}) and was left untouched</source>
        <translation>数据库由更新版本的软件写入（结构版本 {found}；本版本最多认识 {known}），未做任何改动</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="82"/>
        <source>the database {path} is damaged ({detail}) and was left untouched; the newest good backup is {backup}</source>
        <translation>数据库 {path} 已损坏（{detail}），未做任何改动；最近一份完好的备份是 {backup}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="86"/>
        <source>the database {path} is damaged ({detail}) and was left untouched; no good backup was found</source>
        <translation>数据库 {path} 已损坏（{detail}），未做任何改动；没有找到完好的备份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="90"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="91"/>
        <source>the data folder cannot be written (read-only)</source>
        <translation>数据文件夹不可写（只读）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="92"/>
        <source>the disk reported an error while writing</source>
        <translation>写入时磁盘报错</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="93"/>
        <source>the database file cannot be opened</source>
        <translation>无法打开数据库文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="94"/>
        <source>not a database address; write it as postgresql://role@host/database</source>
        <translation>不是数据库地址；请写成 postgresql://角色@主机/数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="97"/>
        <source>the database host {host} cannot be reached; nothing was saved and no record was lost</source>
        <translation>无法连接数据库主机 {host}；这次更改没有保存，记录没有丢失</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="100"/>
        <source>the database host {host} refused the login: check the role and the password</source>
        <translation>数据库主机 {host} 拒绝登录：请检查角色名和密码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="103"/>
        <source>the database host {host} has no such database; create it first</source>
        <translation>数据库主机 {host} 上没有这个数据库；请先创建</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="106"/>
        <source>the database host {host} runs PostgreSQL {found}; version {minimum} or newer is needed</source>
        <translation>数据库主机 {host} 运行的是 PostgreSQL {found}；需要 {minimum} 或更新版本</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="109"/>
        <source>the database host {host} lacks the pg_trgm extension, which the standards search needs</source>
        <translation>数据库主机 {host} 缺少标准搜索所需的 pg_trgm 扩展</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="112"/>
        <source>role {role} may not create tables on the database host {host}; make it the database&apos;s owner</source>
        <translation>角色 {role} 无权在数据库主机 {host} 上建表；请把它设为该数据库的所有者</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="116"/>
        <source>the database on {host} uses the encoding {encoding}, not UTF8, so Chinese text cannot be kept</source>
        <translation>{host} 上的数据库编码是 {encoding} 而不是 UTF8，无法保存中文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="120"/>
        <source>{who} changed {kind} “{key}” at {when}, after you opened it: {fields}. Your changes were not saved and nothing was overwritten.</source>
        <translation>{who} 在你打开之后（{when}）修改了{kind}“{key}”：{fields}。你的修改没有保存，也没有覆盖任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="125"/>
        <source>the database on {host} already holds a firm&apos;s records ({tables}); records are moved only into an empty database</source>
        <translation>{host} 上的数据库已有企业记录（{tables}）；只能把记录移入空数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="129"/>
        <source>the copy of table {table} did not match the local file ({detail}); nothing was moved</source>
        <translation>表 {table} 的副本与本地文件不一致（{detail}）；没有移动任何记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="137"/>
        <source>must not be empty; one of {allowed}</source>
        <translation>不能为空；可选：{allowed}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="138"/>
        <source>not known; use one of {allowed}</source>
        <translation>无法识别；请使用：{allowed}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="139"/>
        <source>fibre “{fibre}” is not known; use e.g. 棉, 涤纶, 氨纶</source>
        <translation>无法识别纤维“{fibre}”；请写如 棉、涤纶、氨纶</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="145"/>
        <source>repeated in this file (first at row {first_row})</source>
        <translation>在本文件中重复（第一次出现在第 {first_row} 行）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="146"/>
        <source>no earlier certificate with this number (in the register or above in the file)</source>
        <translation>找不到这个编号的原证书（登记册中或文件中更靠前的行都没有）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="149"/>
        <source>old .xls workbooks cannot be read; save it as .xlsx or .csv in Excel</source>
        <translation>无法读取旧版 .xls 工作簿；请在 Excel 中另存为 .xlsx 或 .csv</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="152"/>
        <source>not a readable .xlsx workbook</source>
        <translation>不是可读取的 .xlsx 工作簿</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="153"/>
        <source>unknown encoding {encoding}; try utf-8 or gb18030</source>
        <translation>未知编码 {encoding}；请试 utf-8 或 gb18030</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="156"/>
        <source>not valid {encoding} text at byte {byte}; choose another encoding</source>
        <translation>不是有效的 {encoding} 文本（第 {byte} 字节）；请换一种编码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="159"/>
        <source>this is not a text (CSV) file; save it as .xlsx or .csv</source>
        <translation>这不是文本（CSV）文件；请另存为 .xlsx 或 .csv</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="160"/>
        <source>cannot read the CSV ({detail})</source>
        <translation>无法读取 CSV（{detail}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="161"/>
        <source>no header row with the needed columns was found ({columns})</source>
        <translation>文件开头附近没有找到含所需列的表头行（{columns}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="164"/>
        <source>required columns are missing ({columns})</source>
        <translation>缺少必需的列（{columns}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="165"/>
        <source>write to a .xlsx or .csv file</source>
        <translation>请写入 .xlsx 或 .csv 文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="166"/>
        <source>cannot write the file ({detail})</source>
        <translation>无法写入文件（{detail}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="167"/>
        <source>cannot write the file: is it open in Excel, or read-only?</source>
        <translation>无法写入文件：是否正在 Excel 中打开，或为只读？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="170"/>
        <source>templates are .xlsx files</source>
        <translation>模板是 .xlsx 文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="171"/>
        <source>nothing was written; the records are as they were</source>
        <translation>什么都没有写入，记录保持原样</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="174"/>
        <source>more than {limit} data rows (the limit was crossed at row {row} of sheet {sheet}); split the file</source>
        <translation>数据行超过 {limit} 行（在工作表 {sheet} 第 {row} 行超出）；请拆分文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="178"/>
        <source>column {column} holds a value (sheet {sheet}, row {row}); only columns up to {limit_column} ({limit}) are read</source>
        <translation>{column} 列有内容（工作表 {sheet} 第 {row} 行）；只读取到 {limit_column} 列（第 {limit} 列）为止</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="182"/>
        <source>larger than {limit_mb} MB once unpacked (at {member}); not read</source>
        <translation>解压后超过 {limit_mb} MB（在 {member}）；未读取</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="185"/>
        <source>line {row} is longer than {limit} characters; not read</source>
        <translation>第 {row} 行超过 {limit} 个字符；未读取</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="188"/>
        <source>{member} declares a document type or entities, which no spreadsheet needs; not read</source>
        <translation>{member} 声明了文档类型或实体，电子表格不需要这些；未读取</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="191"/>
        <source>asked for since={asked}, the page starts at {got}</source>
        <translation>请求从 since={asked} 开始，但该页从 {got} 开始</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="194"/>
        <source>has_more but no progress</source>
        <translation>该页声明还有后续（has_more），但没有前进</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="195"/>
        <source>field {field}: {detail}</source>
        <translation>字段 {field} 不合规：{detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="196"/>
        <source>malformed signature header (expected ed25519:&lt;key-id&gt;:&lt;base64&gt;)</source>
        <translation>签名头格式错误（应为 ed25519:&lt;密钥号&gt;:&lt;base64&gt;）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="199"/>
        <source>signature is not valid base64</source>
        <translation>签名不是有效的 base64</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="200"/>
        <source>an Ed25519 signature has 64 bytes, this has {length}</source>
        <translation>Ed25519 签名应为 64 字节，这个是 {length} 字节</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="203"/>
        <source>the page has no signature</source>
        <translation>该页没有签名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="204"/>
        <source>signed by key {key_id}, which is not trusted</source>
        <translation>签名所用的密钥 {key_id} 不受信任</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="205"/>
        <source>the signature does not match the page (key {key_id})</source>
        <translation>签名与页面内容不符（密钥 {key_id}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="208"/>
        <source>the trusted key {key_id} is not a valid Ed25519 key</source>
        <translation>受信任的密钥 {key_id} 不是有效的 Ed25519 密钥</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="211"/>
        <source>the platform did not accept the access token (HTTP {status})</source>
        <translation>平台不接受这个访问令牌（HTTP {status}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="214"/>
        <source>the access token may not read the catalogue (HTTP {status})</source>
        <translation>这个访问令牌无权读取目录（HTTP {status}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="217"/>
        <source>the platform no longer keeps history since version {since}; a full sync is needed</source>
        <translation>平台已不保留自版本 {since} 以来的历史；需要完整同步</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="220"/>
        <source>the platform is busy (HTTP {status}) after {attempts} attempt(s)</source>
        <translation>平台繁忙（HTTP {status}），已尝试 {attempts} 次</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="223"/>
        <source>the platform failed (HTTP {status}) after {attempts} attempt(s)</source>
        <translation>平台出错（HTTP {status}），已尝试 {attempts} 次</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="226"/>
        <source>the platform could not be reached after {attempts} attempt(s)</source>
        <translation>无法连接平台，已尝试 {attempts} 次</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="229"/>
        <source>unexpected platform response HTTP {status} {error_code}: {message}</source>
        <translation>平台返回了意外的响应 HTTP {status} {error_code}：{message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="232"/>
        <source>the platform URL must start with https://</source>
        <translation>平台地址必须以 https:// 开头</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="233"/>
        <source>the platform URL has no host name</source>
        <translation>平台地址缺少主机名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="234"/>
        <source>the platform URL must not contain a user name or password</source>
        <translation>平台地址中不能包含用户名或密码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="237"/>
        <source>the platform URL must not contain a query or fragment</source>
        <translation>平台地址中不能包含查询参数或片段</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="238"/>
        <source>plain http would expose the access token; use https://</source>
        <translation>明文 http 会泄露访问令牌；请使用 https://</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="241"/>
        <source>{member} is missing from the package</source>
        <translation>更新包中缺少 {member}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="242"/>
        <source>{member} is too large ({size} bytes)</source>
        <translation>{member} 过大（{size} 字节）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="243"/>
        <source>{member} cannot be read ({detail})</source>
        <translation>无法读取 {member}（{detail}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="244"/>
        <source>the update package is not a zip archive</source>
        <translation>更新包不是 zip 压缩文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="245"/>
        <source>the package&apos;s manifest.json is not valid: {detail}</source>
        <translation>更新包的 manifest.json 无效：{detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="248"/>
        <source>{member} fails its check ({detail})</source>
        <translation>{member} 未通过校验（{detail}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="249"/>
        <source>{member} starts at since={got}, expected {expected}</source>
        <translation>{member} 从 since={got} 开始，应为 {expected}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="252"/>
        <source>{member} ends at {got}, manifest says to={expected}</source>
        <translation>{member} 止于 {got}，而清单写的是 to={expected}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="255"/>
        <source>the update file starts at catalogue version {from_version}, but this catalogue is at version {local_version}</source>
        <translation>更新文件从目录版本 {from_version} 开始，而本机目录在版本 {local_version}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="259"/>
        <source>{file} is not a PEM public key</source>
        <translation>{file} 不是 PEM 格式的公钥</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="260"/>
        <source>not an Ed25519 public key</source>
        <translation>不是 Ed25519 公钥</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="261"/>
        <source>{file} must hold one base64 key line</source>
        <translation>{file} 必须只含一行 base64 密钥</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="262"/>
        <source>{file} is not a JSON object of key id to base64 key ({detail})</source>
        <translation>{file} 不是“密钥号 → base64 密钥”的 JSON 对象（{detail}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="265"/>
        <source>not valid base64</source>
        <translation>不是有效的 base64</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="266"/>
        <source>an Ed25519 public key has 32 bytes, this has {length}</source>
        <translation>Ed25519 公钥应为 32 字节，这个是 {length} 字节</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="267"/>
        <source>this computer has no system keyring to keep the platform token in</source>
        <translation>这台电脑没有可用的系统密钥环来保存平台令牌</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="270"/>
        <source>no platform address is set; enter it in Settings</source>
        <translation>尚未设置平台地址；请在“设置”中填写</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="271"/>
        <source>no access token is saved for {url}; paste the token in Settings</source>
        <translation>没有保存 {url} 的访问令牌；请在“设置”中粘贴令牌</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="274"/>
        <source>no trusted platform key is set up; add the platform&apos;s key in Settings</source>
        <translation>尚未设置受信任的平台密钥；请在“设置”中添加平台公钥</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="277"/>
        <source>there is no database to back up</source>
        <translation>没有可备份的数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="278"/>
        <source>the database could not be read ({detail})</source>
        <translation>无法读取数据库（{detail}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="279"/>
        <source>cannot write the backup ({detail})</source>
        <translation>无法写入备份（{detail}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="280"/>
        <source>not a zip archive, or truncated</source>
        <translation>不是 zip 压缩文件，或文件不完整</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="281"/>
        <source>damaged archive: {member} fails its checksum</source>
        <translation>压缩文件已损坏：{member} 校验和不符</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="282"/>
        <source>{member} does not match the manifest (altered)</source>
        <translation>{member} 与清单不符（已被改动）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="283"/>
        <source>damaged archive ({detail})</source>
        <translation>压缩文件已损坏（{detail}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="284"/>
        <source>the database in the archive cannot be read ({detail})</source>
        <translation>无法读取备份中的数据库（{detail}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="287"/>
        <source>the database in the archive is damaged ({detail})</source>
        <translation>备份中的数据库已损坏（{detail}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="290"/>
        <source>the archive&apos;s database is not one of this app</source>
        <translation>备份中的数据库不属于本软件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="291"/>
        <source>not a backup of this app</source>
        <translation>不是本软件的备份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="292"/>
        <source>backup format {format} is not known</source>
        <translation>无法识别的备份格式 {format}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="293"/>
        <source>the manifest lists no database</source>
        <translation>清单中没有列出数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="294"/>
        <source>unexpected member {member}</source>
        <translation>意外的文件 {member}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="295"/>
        <source>archive and manifest disagree: {members}</source>
        <translation>压缩文件与清单不一致：{members}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="298"/>
        <source>the database is open in another window or process; close it and try again</source>
        <translation>数据库正在另一个窗口或程序中打开；请关闭后重试</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="301"/>
        <source>cannot keep the current data aside ({detail}); nothing was replaced</source>
        <translation>无法先保存当前数据（{detail}）；未替换任何内容</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="304"/>
        <source>other PCs are connected to the database host {host} ({pcs}); close the app there first, then restore</source>
        <translation>还有其他电脑连接着数据库主机 {host}（{pcs}）；请先在那些电脑上关闭本程序，再恢复</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="308"/>
        <source>not known; did you mean {suggestions}?</source>
        <translation>无法识别；您是不是要写 {suggestions}？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="309"/>
        <source>not known; known values are e.g. {examples}</source>
        <translation>无法识别；可用的值如 {examples}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="312"/>
        <source>fibre “{fibre}” is not known; did you mean {suggestions}?</source>
        <translation>无法识别纤维“{fibre}”；您是不是要写 {suggestions}？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="315"/>
        <source>cannot read the range; write e.g. 24-60, 84- (84 and over) or -9 (up to 9)</source>
        <translation>无法读取范围；请写成 24-60、84-（84 及以上）或 -9（9 及以下）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="318"/>
        <source>a range cannot be negative</source>
        <translation>范围不能为负数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="319"/>
        <source>is more than {max}</source>
        <translation>超过了 {max}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="320"/>
        <source>use whole numbers or halves, e.g. 12 or 12.5</source>
        <translation>请用整数或 0.5 的倍数，如 12 或 12.5</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="321"/>
        <source>the lower bound {min} is above the upper bound {max}</source>
        <translation>下限 {min} 大于上限 {max}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="324"/>
        <source>the archive&apos;s database is not in this app&apos;s own form ({objects}); it was not restored</source>
        <translation>备份中的数据库结构不是本软件自己的（{objects}），未恢复</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="327"/>
        <source>{name} is not a plain file name (it names a folder, a drive or a path)</source>
        <translation>{name} 不是单纯的文件名（含有文件夹、盘符或路径）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="330"/>
        <source>the archive&apos;s database names a scan file {name} that is a path, not a file name</source>
        <translation>备份中的数据库把扫描件文件记为路径 {name}，而不是文件名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="333"/>
        <source>{member} in the archive is larger than it says or than {limit} bytes</source>
        <translation>备份中的 {member} 比清单所写的或 {limit} 字节更大</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="336"/>
        <source>cannot unpack the archive ({detail}); nothing was replaced</source>
        <translation>无法解开备份（{detail}）；未替换任何内容</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="339"/>
        <source>an interrupted restore could not be finished ({detail})</source>
        <translation>上次中断的恢复无法完成（{detail}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="342"/>
        <source>the scan is {size} bytes; at most {limit} bytes can be attached</source>
        <translation>扫描件有 {size} 字节，最多只能附加 {limit} 字节</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="345"/>
        <source>not enough free disk space for the scan ({size} bytes needed, {free} free); nothing was copied</source>
        <translation>磁盘空间不足以保存扫描件（需要 {size} 字节，可用 {free} 字节）；未复制任何内容</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="349"/>
        <source>the scan {value} is neither on the host nor on this PC; attach it again</source>
        <translation>主机和本机上都没有扫描件 {value}，请重新附加</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="352"/>
        <source>the scan {value} on the host does not match its checksum; attach it again</source>
        <translation>主机上的扫描件 {value} 与其校验值不符，请重新附加</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="355"/>
        <source>the platform redirected to another site ({url}); not followed</source>
        <translation>平台重定向到另一个网站（{url}），未跟随</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="358"/>
        <source>the platform redirected more than {limit} times; stopped</source>
        <translation>平台重定向超过 {limit} 次，已停止</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="361"/>
        <source>argument {argument} is not valid text (a byte that is not UTF-8)</source>
        <translation>参数 {argument} 不是有效的文字（含有非 UTF-8 字节）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="364"/>
        <source>the factor counts per {factor_unit} but the figure is in {unit}: state the energy content (steam enthalpy or calorific value)</source>
        <translation>排放因子按 {factor_unit} 计，而数据单位是 {unit}：请填写能量含量（蒸汽焓值或燃料低位发热量）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="369"/>
        <source>the factor&apos;s unit {factor_unit} does not fit a figure in {unit}</source>
        <translation>排放因子的单位 {factor_unit} 与数据单位 {unit} 不符</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="372"/>
        <source>a yield loss applies to materials only</source>
        <translation>损耗率只适用于原材料</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="375"/>
        <source>no emission factor for {source}: name one (the supplier&apos;s or a licensed database&apos;s, added as a firm factor with its source)</source>
        <translation>{source} 没有排放因子：请指定一个（供应商提供的或所购数据库中的，作为本企业因子连同来源录入）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="380"/>
        <source>no emission factor with this id</source>
        <translation>没有这个编号的排放因子</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="381"/>
        <source>this factor is for {kind}; this line takes a factor for {allowed}</source>
        <translation>该排放因子用于{kind}；这一项需要用于{allowed}的排放因子</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="384"/>
        <source>this factor has no stated source or is of a kind this app does not know; it is not used in an estimate</source>
        <translation>该排放因子没有注明来源，或其类别本软件不认识；估算中不使用它</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="389"/>
        <source>this is a grid CO2 factor for company inventories; a product footprint uses an electricity carbon-footprint factor</source>
        <translation>这是用于企业温室气体核算的电网二氧化碳排放因子；产品碳足迹须使用电力碳足迹因子</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="394"/>
        <source>the shares add up to {listed}, not the month&apos;s total {total}</source>
        <translation>分摊份额合计 {listed}，不等于当月总量 {total}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="397"/>
        <source>write NAME:QUANTITY UNIT[:FACTOR_ID], e.g. cotton:1.08kg:FIRM-cotton-2025</source>
        <translation>请写 名称:数量单位[:因子编号]，如 cotton:1.08kg:FIRM-cotton-2025</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="400"/>
        <source>the factor is used by the activity data or a kept estimate of {products}; it stays as the source of those figures</source>
        <translation>产品 {products} 的活动数据或已保存的估算使用了该排放因子；它须作为这些数值的来源保留</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="405"/>
        <source>this is a platform factor: only a sync changes or removes it</source>
        <translation>这是平台的排放因子：只有同步才能更改或删除它</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="408"/>
        <source>not a month; write it as 2026-11</source>
        <translation>不是月份；请写成 2026-11</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="409"/>
        <source>product {sku} keeps the finish {value}, which no rule names any more: choose a named finish for it</source>
        <translation>产品 {sku} 保留了后整理“{value}”，已没有规则使用这个名称：请为它改选一个已命名的后整理</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="413"/>
        <source>the unit {unit} cannot be converted to {expected}; enter the value in {expected}</source>
        <translation>单位 {unit} 不能换算为 {expected}；请按 {expected} 填写</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="416"/>
        <source>cannot read the result; write e.g. 18, 18.5, ND, &lt; 5, 3-4 or pass</source>
        <translation>无法读取结果；请写成 18、18.5、ND、&lt; 5、3-4 或 合格</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="419"/>
        <source>a comma before three digits may be a thousands separator; write 1000 or 1.000</source>
        <translation>逗号后有三位数字，可能是千位分隔符；请写成 1000 或 1.000</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="422"/>
        <source>a colour fastness grade is 1 to 5 in half steps, e.g. 4 or 3-4</source>
        <translation>色牢度等级为 1 到 5 级，可有半级，如 4 或 3-4</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="425"/>
        <source>this item has a measured limit: enter the measured value, not a pass or fail</source>
        <translation>该项目有量化限值：请填写实测值，而不是合格/不合格</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="428"/>
        <source>this item is judged by the tester: enter pass or fail</source>
        <translation>该项目由检验员判定：请填写 合格 或 不合格</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="431"/>
        <source>the catalogue gives no machine-readable limit for this item: enter pass or fail as the report judged it</source>
        <translation>目录未给出该项目的可判定限值：请按报告的判定填写 合格 或 不合格</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="435"/>
        <source>&apos;not detected&apos; cannot show that a minimum or a range is met</source>
        <translation>“未检出”不能证明达到下限或处于范围内</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="438"/>
        <source>the result is given as a bound that reaches past the limit: it may pass or fail; ask the lab for the measured value</source>
        <translation>结果以界限值表示且跨过限值：可能合格也可能不合格；请向检测机构索取实测值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="442"/>
        <source>the test date is after today ({today})</source>
        <translation>检测日期晚于今天（{today}）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="443"/>
        <source>{standard} has no item with this key at grade {grade}; items: {known}</source>
        <translation>{standard} 在 {grade} 级没有这个项目；可用项目：{known}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="446"/>
        <source>{standard} does not apply to product {sku}</source>
        <translation>{standard} 不适用于产品 {sku}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="449"/>
        <source>name the test report (--report) or the checklist (--checklist) the result comes from</source>
        <translation>请指明结果来自哪份检测报告或哪张清单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="452"/>
        <source>certificate {value} is a {scheme} certificate, not a test report</source>
        <translation>证书 {value} 是 {scheme} 证书，不是检测报告</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="455"/>
        <source>this checklist was printed for product {sku}</source>
        <translation>这张清单是为产品 {sku} 打印的</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="458"/>
        <source>this item was not printed on the checklist; printed items: {known}</source>
        <translation>这张清单上没有打印这个项目；已打印的项目：{known}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="461"/>
        <source>write KEY=VALUE, e.g. formaldehyde=18</source>
        <translation>请写成 项目代号=值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="462"/>
        <source>cannot read the limit; write e.g. ≤ 20, &lt; 0.1, ≥ 4, 4.0–7.5, ND or pass</source>
        <translation>无法读取限值；请写成 ≤ 20、&lt; 0.1、≥ 4、4.0–7.5、ND 或 合格</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="465"/>
        <source>this code is a catalogue standard&apos;s; give the requirement set its own code</source>
        <translation>这是目录中标准的代号；请为要求清单另起代号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="468"/>
        <source>name the customer (--customer) or the products (--sku) the requirements apply to</source>
        <translation>请指明要求适用的客户或产品</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="471"/>
        <source>no item of the applicable standards has this key or name; e.g. {known}</source>
        <translation>适用标准中没有这个代号或名称的项目；例如：{known}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="474"/>
        <source>several standards have this item ({standards}); fill in the standard column</source>
        <translation>多个标准都有这个项目（{standards}）；请填写标准列</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="480"/>
        <source>product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="481"/>
        <source>certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="482"/>
        <source>standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="483"/>
        <source>trusted key</source>
        <translation>受信任密钥</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="484"/>
        <source>test result</source>
        <translation>检测结果</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="485"/>
        <source>the firm settings</source>
        <translation>企业设置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="490"/>
        <source>{who} changed the firm settings at {when}, after you opened it: {fields}. Your changes were not saved and nothing was overwritten.</source>
        <translation>{who} 在你打开之后（{when}）修改了企业设置：{fields}。你的修改没有保存，也没有覆盖任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="495"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="496"/>
        <source>someone on another PC</source>
        <translation>另一台电脑上的用户</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="27"/>
        <source>use lower-case words such as &apos;organic&apos; or &apos;water_repellent&apos;</source>
        <translation>请用小写英文单词，如 organic 或 water_repellent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages/reasons.py" line="31"/>
        <source>1–64 letters, digits or . _ / - (no spaces), starting with a letter or digit</source>
        <translation>1–64 个字母、数字或 . _ / -（不含空格），以字母或数字开头</translation>
    </message>
</context>
<context>
    <name>RecordResultsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/record_results_dialog.py" line="155"/>
        <source>Record results</source>
        <translation>录入结果</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/record_results_dialog.py" line="158"/>
        <source>Scan the QR code on the printed checklist, or type the checklist id printed on each page (CL-…), then press Enter.</source>
        <translation>扫描打印的核查清单上的二维码，或输入每页印有的核查清单编号（CL-…），然后按回车。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/record_results_dialog.py" line="162"/>
        <source>Checklist id or scanned code</source>
        <translation>核查清单编号或扫描内容</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/record_results_dialog.py" line="163"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/record_results_dialog.py" line="164"/>
        <source>Inspector</source>
        <translation>检验员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/record_results_dialog.py" line="165"/>
        <source>Date inspected</source>
        <translation>检验日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/record_results_dialog.py" line="192"/>
        <source>Checklist %1 for %2, printed %3</source>
        <translation>核查清单 %1（%2），打印于 %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/record_results_dialog.py" line="225"/>
        <source>Enter a value or tick pass or fail for at least one item.</source>
        <translation>请至少为一个项目填写结果或勾选合格/不合格。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/record_results_dialog.py" line="228"/>
        <source>Enter the inspector&apos;s name.</source>
        <translation>请填写检验员姓名。</translation>
    </message>
</context>
<context>
    <name>RecordsTransfer</name>
    <message>
        <location filename="../../desktop_app/ui/records_transfer.py" line="74"/>
        <source>products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_transfer.py" line="75"/>
        <source>certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_transfer.py" line="76"/>
        <source>standards-matrix</source>
        <translation>标准对照表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_transfer.py" line="81"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_transfer.py" line="83"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_transfer.py" line="104"/>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/records_transfer.py" line="110"/>
        <source>Exported %n row(s) to {path}</source>
        <translation>
            <numerusform>已导出 %n 行到 {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_transfer.py" line="115"/>
        <source>Export failed: {error}</source>
        <translation>导出失败：{error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_transfer.py" line="121"/>
        <source>Import records</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_transfer.py" line="122"/>
        <source>Export records</source>
        <translation>导出记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_transfer.py" line="123"/>
        <source>Products from a spreadsheet…</source>
        <translation>从表格导入产品…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_transfer.py" line="124"/>
        <source>Certificates from a spreadsheet…</source>
        <translation>从表格导入证书…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_transfer.py" line="125"/>
        <source>Product list…</source>
        <translation>产品清单…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_transfer.py" line="126"/>
        <source>Certificate register…</source>
        <translation>证书登记表…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_transfer.py" line="127"/>
        <source>Standards by product (matrix)…</source>
        <translation>产品适用标准对照表…</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../desktop_app/ui/recovery.py" line="36"/>
        <source>Records file damaged</source>
        <translation>记录文件已损坏</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery.py" line="38"/>
        <source>The file that holds your records is damaged and cannot be opened safely. It has not been changed.</source>
        <translation>保存记录的文件已损坏，无法安全打开。该文件未被改动。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery.py" line="46"/>
        <source>The newest good backup was written on {when}:
{path}

Restore it? What was entered after it is in the damaged file, which is kept in the backups folder so that it can be inspected.</source>
        <translation>最新的完好备份保存于 {when}：
{path}

要恢复它吗？此后录入的内容在损坏的文件中，该文件会保留在备份文件夹里，以便检查。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery.py" line="53"/>
        <source>No good backup was found. Keep the file {path} as it is and ask for help; do not delete it.</source>
        <translation>没有找到完好的备份。请保留文件 {path} 原样并寻求帮助；不要删除它。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery.py" line="61"/>
        <source>Restore the backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery.py" line="68"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery.py" line="97"/>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/recovery.py" line="143"/>
        <source>The backup was restored. The damaged file is kept in:
{kept}</source>
        <translation>备份已恢复。损坏的文件保存在：
{kept}</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/reminder_banner.py" line="35"/>
        <source>Show certificates</source>
        <translation>查看证书</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/reminder_banner.py" line="36"/>
        <source>Hide until the next reminder</source>
        <translation>隐藏，直到下次提醒</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/reminders.py" line="74"/>
        <source>%n certificate(s) expired</source>
        <translation>
            <numerusform>%n 份证书已过期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/reminders.py" line="76"/>
        <source>%n certificate(s) expiring soon</source>
        <translation>
            <numerusform>%n 份证书即将到期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reminders.py" line="77"/>
        <source>Please renew: {items}.</source>
        <translation>请及时续期：{items}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reminders.py" line="77"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reminders.py" line="87"/>
        <source>Certificates need attention</source>
        <translation>证书需要处理</translation>
    </message>
</context>
<context>
    <name>ReportImportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_import_dialog.py" line="114"/>
        <source>Import results of report %1</source>
        <translation>导入报告 %1 的结果</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_import_dialog.py" line="117"/>
        <source>Choose a spreadsheet of the lab&apos;s results (.xlsx, or CSV in GB18030 or UTF-8) with the columns Item and Result (项目, 结果), and optionally SKU, Standard, Unit, Method, Tested, Sample. A row without a SKU is for every product of the report. Nothing is written until you click Import.</source>
        <translation>选择检测机构结果的表格（.xlsx，或 GB18030/UTF-8 编码的 CSV），须有“项目”和“结果”两列，可另有货号、标准、单位、方法、检测日期、样品。没有货号的行适用于报告涵盖的所有产品。点击“导入”之前不会写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_import_dialog.py" line="123"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_import_dialog.py" line="124"/>
        <source>Save template…</source>
        <translation>保存模板…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_import_dialog.py" line="125"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_import_dialog.py" line="127"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_import_dialog.py" line="127"/>
        <source>SKU</source>
        <translation>货号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_import_dialog.py" line="127"/>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_import_dialog.py" line="127"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_import_dialog.py" line="127"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_import_dialog.py" line="128"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_import_dialog.py" line="128"/>
        <source>Tested</source>
        <translation>检测日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_import_dialog.py" line="138"/>
        <source>Results of report %1</source>
        <translation>报告 %1 的结果</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_import_dialog.py" line="140"/>
        <source>Spreadsheets</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_import_dialog.py" line="151"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/report_import_dialog.py" line="186"/>
        <source>%n row(s) with problems: nothing can be imported until they are fixed in the file.</source>
        <translation>
            <numerusform>%n 行有问题：在文件中改正之前无法导入任何数据。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_import_dialog.py" line="190"/>
        <source>The file holds no results.</source>
        <translation>文件中没有结果。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/report_import_dialog.py" line="193"/>
        <source>%n result(s) ready to import. Nothing has been written yet.</source>
        <translation>
            <numerusform>%n 条结果可以导入，尚未写入任何数据。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/report_import_dialog.py" line="231"/>
        <source>Imported %n result(s) in one step. A backup was made first: %1</source>
        <translation>
            <numerusform>已一次性导入 %n 条结果。导入前已备份：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_import_dialog.py" line="248"/>
        <source>Save template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_import_dialog.py" line="248"/>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_import_dialog.py" line="256"/>
        <source>Template saved: %1</source>
        <translation>模板已保存：%1</translation>
    </message>
</context>
<context>
    <name>ReportResultsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_results_dialog.py" line="173"/>
        <source>Enter results</source>
        <translation>录入报告结果</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_results_dialog.py" line="174"/>
        <source>Applies to</source>
        <translation>适用产品</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_results_dialog.py" line="175"/>
        <source>Date tested</source>
        <translation>检测日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_results_dialog.py" line="176"/>
        <source>Sample</source>
        <translation>样品</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_results_dialog.py" line="177"/>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_results_dialog.py" line="178"/>
        <source>The sample&apos;s name or number, as on the report</source>
        <translation>样品名称或编号，与报告一致</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/report_results_dialog.py" line="182"/>
        <location filename="../../desktop_app/ui/dialogs/report_results_dialog.py" line="216"/>
        <source>All products of the report (%n)</source>
        <translation>
            <numerusform>报告涵盖的全部产品（%n 个）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_results_dialog.py" line="192"/>
        <source>Test report %1 by %2, issued %3</source>
        <translation>检测报告 %1，%2，签发于 %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_results_dialog.py" line="206"/>
        <source>The report names no product in this database: add its products to the report first.</source>
        <translation>报告未关联本数据库中的任何产品：请先在报告中添加其产品。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_results_dialog.py" line="272"/>
        <source>Enter a value or tick pass or fail for at least one item.</source>
        <translation>请至少为一个项目填写数值或勾选合格/不合格。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_results_dialog.py" line="291"/>
        <source>Its items were read again; check them, then save.</source>
        <translation>已重新读取报告的项目，请核对后再保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_results_dialog.py" line="317"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_results_dialog.py" line="322"/>
        <source>kept as history: a newer result of this item counts</source>
        <translation>作为历史保留：以该项目较新的结果为准</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_results_dialog.py" line="324"/>
        <source>pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_results_dialog.py" line="325"/>
        <source>fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_results_dialog.py" line="326"/>
        <source>as judged by the tester</source>
        <translation>按检测人员判定</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_results_dialog.py" line="327"/>
        <source>cannot be decided against the limit</source>
        <translation>无法依限值判定</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_results_dialog.py" line="328"/>
        <source>untested</source>
        <translation>未检测</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/report_results_dialog.py" line="333"/>
        <source> (over the limit by %1)</source>
        <translation>（超出限值 %1）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/dialogs/report_results_dialog.py" line="338"/>
        <source>Saved %n result(s) of report %1:</source>
        <translation>
            <numerusform>已保存报告 %1 的 %n 条结果：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsForm</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/results_form.py" line="63"/>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/results_form.py" line="64"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/results_form.py" line="65"/>
        <source>Limit</source>
        <translation>限值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/results_form.py" line="66"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/results_form.py" line="67"/>
        <source>Result</source>
        <translation>实测结果</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/results_form.py" line="68"/>
        <source>Pass / fail</source>
        <translation>合格 / 不合格</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/results_form.py" line="78"/>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/results_form.py" line="79"/>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="176"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="260"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="297"/>
        <source>Enter the platform address first.</source>
        <translation>请先输入平台地址。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="301"/>
        <source>Enter the token to test it. A saved token is used by “Update catalogue” (F5).</source>
        <translation>请输入令牌后再测试。已保存的令牌会在“更新目录”（F5）时使用。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="303"/>
        <source>Enter the token the platform gave you.</source>
        <translation>请输入平台提供的令牌。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="306"/>
        <source>Contacting the platform…</source>
        <translation>正在连接平台…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="212"/>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="402"/>
        <source>saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="226"/>
        <source>The token was removed from this computer.</source>
        <translation>已从这台电脑上删除令牌。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="277"/>
        <source>Your values are still here: press Save again to save them.</source>
        <translation>你填写的内容仍保留在这里：再按一次“保存”即可保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="329"/>
        <source>Connected: the platform accepted the token, and it is saved.</source>
        <translation>已连接：平台接受了该令牌，令牌已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="333"/>
        <source>The token is saved, but the platform could not be reached to check it. Check the address and the internet connection, then try again.</source>
        <translation>令牌已保存，但无法连接平台进行验证。请检查地址和网络连接后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="346"/>
        <source>The platform refused this token; it was not saved. Copy the token again from the platform.</source>
        <translation>平台拒绝了该令牌，未保存。请从平台重新复制令牌。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="349"/>
        <source>This platform address is not valid (it must start with https://).</source>
        <translation>平台地址无效（必须以 https:// 开头）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="351"/>
        <source>The system keyring is not available, so the token cannot be kept safely.</source>
        <translation>系统密钥环不可用，无法安全保存令牌。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="365"/>
        <source>Firm name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="366"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="367"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="368"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="369"/>
        <source>Remind days before expiry</source>
        <translation>到期前提醒天数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="370"/>
        <source>Paper size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="371"/>
        <source>Checklist language</source>
        <translation>清单语言</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="377"/>
        <source>Same as the window</source>
        <translation>与界面相同</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="378"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="379"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="380"/>
        <source>Chinese and English</source>
        <translation>中英双语</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="385"/>
        <source>Platform address</source>
        <translation>平台地址</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="385"/>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="385"/>
        <source>Trusted keys</source>
        <translation>受信任的密钥</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="388"/>
        <source>Firm</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="389"/>
        <source>Checklists</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="390"/>
        <source>This computer</source>
        <translation>本电脑</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="391"/>
        <source>Your name in the change history</source>
        <translation>修改记录中显示的你的名字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="394"/>
        <source>Every change made on this computer is recorded with this name and the computer&apos;s user name ({user}), so colleagues on other PCs can see who changed what.</source>
        <translation>在本电脑上所做的每项修改都会连同这个名字和本电脑的用户名（{user}）一起记录，其他电脑上的同事可以看到谁修改了什么。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="398"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="399"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="212"/>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="402"/>
        <source>Paste the token here</source>
        <translation>在此粘贴令牌</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="404"/>
        <source>Save token</source>
        <translation>保存令牌</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="405"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="406"/>
        <source>Remove token</source>
        <translation>删除令牌</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="407"/>
        <source>Update the catalogue when the app starts</source>
        <translation>启动时更新标准目录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="408"/>
        <source>Open data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="409"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="410"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>StandardTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/standard_table_model.py" line="44"/>
        <source>Current</source>
        <translation>现行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/standard_table_model.py" line="45"/>
        <source>Upcoming</source>
        <translation>即将实施</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/standard_table_model.py" line="46"/>
        <source>Superseded</source>
        <translation>被代替</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/standard_table_model.py" line="47"/>
        <source>Withdrawn</source>
        <translation>废止</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/standard_table_model.py" line="129"/>
        <location filename="../../desktop_app/ui/models/standard_table_model.py" line="174"/>
        <source>Code</source>
        <translation>代号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/standard_table_model.py" line="130"/>
        <location filename="../../desktop_app/ui/models/standard_table_model.py" line="175"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/standard_table_model.py" line="131"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/standard_table_model.py" line="132"/>
        <location filename="../../desktop_app/ui/models/standard_table_model.py" line="154"/>
        <source>Mandatory</source>
        <translation>强制</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/standard_table_model.py" line="133"/>
        <source>Markets</source>
        <translation>市场</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/standard_table_model.py" line="134"/>
        <source>Matched</source>
        <translation>匹配项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/standard_table_model.py" line="156"/>
        <source>Voluntary</source>
        <translation>推荐/自愿</translation>
    </message>
</context>
<context>
    <name>StandardsPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="132"/>
        <source>Standards</source>
        <translation>标准</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="170"/>
        <source>%n standard(s)</source>
        <translation>
            <numerusform>%n 项标准</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="174"/>
        <source>No standard matches.</source>
        <translation>没有匹配的标准。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="200"/>
        <source>Issuer</source>
        <translation>发布机构</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="201"/>
        <source>Markets</source>
        <translation>市场</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="202"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="203"/>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="297"/>
        <source>Mandatory</source>
        <translation>强制</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="203"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="203"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="204"/>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="205"/>
        <source>Effective</source>
        <translation>实施日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="208"/>
        <source>Replaced by</source>
        <translation>代替标准</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="214"/>
        <source>This standard is no longer current.</source>
        <translation>此标准已不是现行标准。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="215"/>
        <source>Requirement items</source>
        <translation>技术要求项目</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="216"/>
        <source>Your products it applies to</source>
        <translation>适用的本公司产品</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="217"/>
        <source>Notices</source>
        <translation>标准动态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="218"/>
        <source>link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="262"/>
        <source>grade {grade}</source>
        <translation>{grade} 类</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="264"/>
        <source>Limit: {limit}</source>
        <translation>限值：{limit}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="267"/>
        <source>Method: {method}</source>
        <translation>检测方法：{method}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="277"/>
        <source>Hide details</source>
        <translation>隐藏详情</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="277"/>
        <source>Show details</source>
        <translation>显示详情</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="281"/>
        <source>Search code, title or item (e.g. GB18401, 甲醛)…</source>
        <translation>搜索代号、名称或检测项目（如 GB18401、甲醛）…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="285"/>
        <source>All markets</source>
        <translation>全部市场</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="290"/>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="296"/>
        <source>Mandatory or not</source>
        <translation>强制与推荐</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/standards_page.py" line="298"/>
        <source>Voluntary</source>
        <translation>推荐/自愿</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/status.py" line="32"/>
        <source>Expired %n day(s) ago</source>
        <translation>
            <numerusform>已过期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status.py" line="33"/>
        <location filename="../../desktop_app/ui/status.py" line="43"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status.py" line="36"/>
        <source>Expires today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/status.py" line="37"/>
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>%n 天后到期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status.py" line="44"/>
        <source>Expiring</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status.py" line="45"/>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status.py" line="46"/>
        <source>Not yet valid</source>
        <translation>尚未生效</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="35"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="40"/>
        <source>no platform set up</source>
        <translation>尚未设置平台</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="42"/>
        <source>platform not reachable at the last try</source>
        <translation>上次连接平台失败</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="43"/>
        <source>platform connected</source>
        <translation>已连接平台</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="50"/>
        <source>Sign in to the platform first (Settings, or `textile-assistant login --url URL`).</source>
        <translation>请先登录平台（在设置中，或使用 `textile-assistant login --url URL`）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="54"/>
        <source>No trusted platform key is set up yet.</source>
        <translation>尚未设置受信任的平台密钥。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="56"/>
        <source>The platform could not be reached. Check the internet connection and try again.</source>
        <translation>无法连接平台。请检查网络连接后重试。</translation>
    </message>
</context>
<context>
    <name>SyncSummaryDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="50"/>
        <source>The platform did not accept the access token. Open Settings, paste the token from the platform again and press “Save token”.</source>
        <translation>平台不接受访问令牌。请打开“设置”，重新粘贴平台提供的令牌，然后点击“保存令牌”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="56"/>
        <source>The platform is busy at the moment. Nothing was lost; try again in a few minutes.</source>
        <translation>平台当前繁忙。数据没有丢失，请几分钟后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="61"/>
        <source>The platform could not be reached; this computer may be offline. Check the internet connection and try again, or import an update file.</source>
        <translation>无法连接平台，本机可能处于离线状态。请检查网络连接后重试，或导入更新文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="67"/>
        <source>An update page failed its check, so it was not applied; the pages before it are kept. Try again later; if it keeps happening, tell the platform&apos;s support.</source>
        <translation>有一页更新未通过校验，因此未被应用；之前的页面已保留。请稍后重试；如果问题反复出现，请联系平台客服。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="73"/>
        <source>This update file is damaged or not from the platform; nothing of it was applied.</source>
        <translation>该更新文件已损坏或并非来自平台，未应用其中任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="78"/>
        <source>This update file starts after your catalogue&apos;s version. Sync first, or ask for a full update file.</source>
        <translation>该更新文件的起始版本晚于您的目录版本。请先同步，或索取完整的更新文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="83"/>
        <source>No platform account is set up. Enter the platform address and token in Settings.</source>
        <translation>尚未设置平台账户。请在“设置”中输入平台地址和令牌。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="88"/>
        <source>No trusted platform key is set up. Add the platform&apos;s key in Settings.</source>
        <translation>尚未设置受信任的平台密钥。请在“设置”中添加平台密钥。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="92"/>
        <source>The platform needs a full update. Run the update again.</source>
        <translation>平台要求完整更新。请重新运行更新。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="99"/>
        <source>{what}: {added} added, {changed} changed, {removed} removed</source>
        <translation>{what}：新增 {added}，变更 {changed}，删除 {removed}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="142"/>
        <source>This update file is not newer than your catalogue; nothing changed.</source>
        <translation>该更新文件不比您的目录新，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="146"/>
        <source>Another PC updated the catalogue to version {version} meanwhile.</source>
        <translation>另一台电脑已将目录更新到版本 {version}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="152"/>
        <source>The catalogue is already up to date (version {version}).</source>
        <translation>目录已是最新（版本 {version}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="158"/>
        <source>The catalogue went from version {old} to {new}.</source>
        <translation>目录已从版本 {old} 更新到 {new}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="162"/>
        <source>Standards</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="163"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="164"/>
        <source>Notices</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="166"/>
        <source>The update stopped before the end; run it again to fetch the rest.</source>
        <translation>更新未完成即已停止；请再次运行以获取其余内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="168"/>
        <source>Products affected: {skus}</source>
        <translation>受影响的产品：{skus}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="170"/>
        <source>None of your products is affected.</source>
        <translation>您的产品均不受影响。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="179"/>
        <source>New notices:</source>
        <translation>新通知：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="183"/>
        <source>Catalogue updated</source>
        <translation>目录已更新</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="185"/>
        <source>Show notices</source>
        <translation>查看通知</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/sync_summary_dialog.py" line="186"/>
        <source>Show products</source>
        <translation>查看产品</translation>
    </message>
</context>
<context>
    <name>TrustedKeysEditor</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/trusted_keys_editor.py" line="80"/>
        <source>(shipped with the app)</source>
        <translation>（随应用提供）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/trusted_keys_editor.py" line="104"/>
        <source>Key “{key}” is now trusted.</source>
        <translation>已信任密钥“{key}”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/trusted_keys_editor.py" line="122"/>
        <source>Key “{key}” is no longer trusted.</source>
        <translation>已不再信任密钥“{key}”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/trusted_keys_editor.py" line="135"/>
        <source>This is not a valid platform key (base64 of 32 bytes).</source>
        <translation>这不是有效的平台密钥（应为 32 字节的 base64）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/trusted_keys_editor.py" line="140"/>
        <source>Key id</source>
        <translation>密钥 ID</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/trusted_keys_editor.py" line="141"/>
        <source>Public key (base64)</source>
        <translation>公钥（base64）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/trusted_keys_editor.py" line="142"/>
        <source>Trust key</source>
        <translation>信任密钥</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/trusted_keys_editor.py" line="143"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/welcome_dialog.py" line="72"/>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/welcome_dialog.py" line="73"/>
        <source>Welcome to the Textile Compliance Assistant</source>
        <translation>欢迎使用纺织合规助手</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/welcome_dialog.py" line="76"/>
        <source>It keeps your products, the standards that apply to them and your certificates in one place, and reminds you before a certificate expires.</source>
        <translation>它把您的产品、适用的标准和证书集中管理，并在证书到期前提醒您。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/welcome_dialog.py" line="80"/>
        <source>Firm name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/welcome_dialog.py" line="81"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/welcome_dialog.py" line="82"/>
        <source>e.g. 绍兴某某纺织有限公司</source>
        <translation>例如 绍兴某某纺织有限公司</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/welcome_dialog.py" line="83"/>
        <source>Look around in a demo firm first (sample products and certificates)</source>
        <translation>先在演示企业中看看（示例产品和证书）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/welcome_dialog.py" line="86"/>
        <source>The demo firm has its own data folder and is marked “Demo data” in the title bar; nothing is added to your firm. Start again later to set up your own firm.</source>
        <translation>演示企业有自己的数据文件夹，标题栏标有“演示数据”；不会向您的企业添加任何内容。以后再次启动即可设置您自己的企业。</translation>
    </message>
</context>
</TS>
