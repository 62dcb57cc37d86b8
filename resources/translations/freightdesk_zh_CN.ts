<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BookingDetailDialog</name>
    <message>
        <location filename="../../gui/booking_detail.py" line="83"/>
        <source>Booking {awb}</source>
        <translation>订舱 {awb}</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="87"/>
        <source>Shipper</source>
        <translation>发货人</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="88"/>
        <source>Consignee</source>
        <translation>收货人</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="121"/>
        <source>Booking {ref} · {state} · space {space} · booked {when}</source>
        <translation>订舱号 {ref} · {state} · 舱位{space} · 订舱时间 {when}</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="129"/>
        <source>Cancelled: {reason}</source>
        <translation>已取消：{reason}</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="140"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="141"/>
        <source>Account</source>
        <translation>客户账号</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="142"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="143"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="144"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="145"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="146"/>
        <source>USCC</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="147"/>
        <source>EU VAT</source>
        <translation>欧盟增值税号</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="148"/>
        <source>EORI</source>
        <translation>EORI 号</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="155"/>
        <location filename="../../gui/booking_detail.py" line="161"/>
        <source>Flight</source>
        <translation>航班</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="156"/>
        <source>Route</source>
        <translation>航线</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="157"/>
        <source>Departs</source>
        <translation>起飞</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="158"/>
        <source>Arrives</source>
        <translation>到达</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="159"/>
        <source>Aircraft</source>
        <translation>机型</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="166"/>
        <source>Goods</source>
        <translation>品名</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="167"/>
        <location filename="../../gui/booking_detail.py" line="192"/>
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="169"/>
        <source>Gross weight</source>
        <translation>毛重</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="170"/>
        <location filename="../../gui/booking_detail.py" line="175"/>
        <source>{kg} kg</source>
        <translation>{kg} 千克</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="172"/>
        <source>Volume</source>
        <translation>体积</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="172"/>
        <source>{m3} m³</source>
        <translation>{m3} 立方米</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="174"/>
        <source>Chargeable weight</source>
        <translation>计费重量</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="177"/>
        <source>HS code</source>
        <translation>HS 编码</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="178"/>
        <source>Handling codes</source>
        <translation>特殊操作代码</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="179"/>
        <source>Security</source>
        <translation>安保状态</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="180"/>
        <source>Declared value</source>
        <translation>申报价值</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="181"/>
        <source>Payment</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="183"/>
        <source>Cargo</source>
        <translation>货物</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="189"/>
        <source>Length cm</source>
        <translation>长 (厘米)</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="190"/>
        <source>Width cm</source>
        <translation>宽 (厘米)</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="191"/>
        <source>Height cm</source>
        <translation>高 (厘米)</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="198"/>
        <source>Dimensions</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="205"/>
        <source>Packing instruction</source>
        <translation>包装说明</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="206"/>
        <source>Cell</source>
        <translation>电芯</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="207"/>
        <source>Battery</source>
        <translation>电池</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="209"/>
        <source>State of charge</source>
        <translation>荷电状态</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="212"/>
        <source>Statement</source>
        <translation>声明</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="214"/>
        <source>Lithium batteries</source>
        <translation>锂电池</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="219"/>
        <source>Milestone</source>
        <translation>节点</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="219"/>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="219"/>
        <source>Local time</source>
        <translation>当地时间</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="219"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="224"/>
        <source>Milestones</source>
        <translation>运输节点</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="229"/>
        <location filename="../../gui/booking_detail.py" line="259"/>
        <source>Price</source>
        <translation>运价</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="231"/>
        <source>Booked without a price: no tariff covers this lane.</source>
        <translation>订舱时未计价：该航线没有适用的运价。</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="233"/>
        <source>Carrier</source>
        <translation>承运人</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="233"/>
        <source>Agent</source>
        <translation>代理人</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="235"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="236"/>
        <source>Due to</source>
        <translation>收费方</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="237"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="238"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="239"/>
        <source>Rate</source>
        <translation>费率</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="240"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="253"/>
        <source>Total: {amounts}</source>
        <translation>合计：{amounts}</translation>
    </message>
</context>
<context>
    <name>BookingsModel</name>
    <message>
        <location filename="../../gui/bookings_model.py" line="65"/>
        <source>AWB</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_model.py" line="66"/>
        <source>Booking</source>
        <translation>订舱号</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_model.py" line="67"/>
        <source>Shipper</source>
        <translation>发货人</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_model.py" line="68"/>
        <source>Consignee</source>
        <translation>收货人</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_model.py" line="69"/>
        <source>Route</source>
        <translation>航线</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_model.py" line="70"/>
        <source>Flight</source>
        <translation>航班</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_model.py" line="71"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_model.py" line="72"/>
        <source>Pcs</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_model.py" line="73"/>
        <source>Gross kg</source>
        <translation>毛重 kg</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_model.py" line="74"/>
        <source>Chg. kg</source>
        <translation>计费重 kg</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_model.py" line="75"/>
        <source>Space</source>
        <translation>舱位</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_model.py" line="76"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_model.py" line="80"/>
        <source>Air waybill number</source>
        <translation>航空运单号</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_model.py" line="81"/>
        <source>Booking reference</source>
        <translation>订舱编号</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_model.py" line="82"/>
        <source>Flight date (local)</source>
        <translation>航班日期（当地）</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_model.py" line="83"/>
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_model.py" line="84"/>
        <source>Gross weight, kg</source>
        <translation>毛重（千克）</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_model.py" line="85"/>
        <source>Chargeable weight, kg</source>
        <translation>计费重量（千克）</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_model.py" line="86"/>
        <source>Space status with the airline</source>
        <translation>航空公司的舱位状态</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_model.py" line="87"/>
        <source>Cancelled, or the last milestone reached</source>
        <translation>已取消，或最近到达的运输节点</translation>
    </message>
</context>
<context>
    <name>BookingsPage</name>
    <message>
        <location filename="../../gui/bookings_page.py" line="126"/>
        <source>&amp;AWB:</source>
        <translation>运单号(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="127"/>
        <source>C&amp;ustomer:</source>
        <translation>客户(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="128"/>
        <source>Dest&amp;ination:</source>
        <translation>目的港(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="129"/>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="130"/>
        <source>Flight &amp;date:</source>
        <translation>航班日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="134"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="135"/>
        <source>The air waybill number, or any part of its digits</source>
        <translation>航空运单号，或其中任意一段数字</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="136"/>
        <source>name or account</source>
        <translation>名称或账号</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="138"/>
        <source>Part of the shipper&apos;s or consignee&apos;s name or account, e.g. 郑州</source>
        <translation>发货人或收货人名称、账号的一部分，例如“郑州”</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="140"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="141"/>
        <source>Destination airport, e.g. FRA</source>
        <translation>目的地机场，例如 FRA</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="143"/>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="144"/>
        <source>Flights departing on or after this date</source>
        <translation>在此日期当天或之后起飞的航班</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="145"/>
        <source>Flights departing on or before this date</source>
        <translation>在此日期当天或之前起飞的航班</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="146"/>
        <source>&amp;Search</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="147"/>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="157"/>
        <source>Dates are written like 2026-12-01</source>
        <translation>日期格式应为 2026-12-01</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="160"/>
        <source>Airport codes have three letters</source>
        <translation>机场代码为三个字母</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="164"/>
        <source>The first date comes after the last</source>
        <translation>开始日期晚于结束日期</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="188"/>
        <source>Opening booking {awb}…</source>
        <translation>正在打开订舱 {awb}…</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="250"/>
        <source>Searching bookings…</source>
        <translation>正在查询订舱…</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="269"/>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="271"/>
        <source>Not cancelled</source>
        <translation>未取消</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="284"/>
        <source>No bookings match the search</source>
        <translation>没有符合条件的订舱</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/bookings_page.py" line="286"/>
        <source>%n bookings</source>
        <translation>
            <numerusform>共 %n 票订舱</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/bookings_page.py" line="288"/>
        <source>%n bookings loaded; scroll down for more</source>
        <translation>
            <numerusform>已载入 %n 票订舱，向下滚动载入更多</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/bookings_page.py" line="300"/>
        <source>Sorted by {column} among the %n loaded bookings only; the database lists newest first. Narrow the search to sort all that match.</source>
        <translation>
            <numerusform>仅在已载入的 %n 票订舱中按“{column}”排序；数据库按最新在前列出。缩小查询范围即可对全部符合条件的订舱排序。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="309"/>
        <source>Booking {awb}</source>
        <translation>订舱 {awb}</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <location filename="../../gui/errors.py" line="101"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../gui/errors.py" line="102"/>
        <source>Something went wrong that FreightDesk did not expect.</source>
        <translation>FreightDesk 遇到了意料之外的问题。</translation>
    </message>
    <message>
        <location filename="../../gui/errors.py" line="105"/>
        <source>The details are in the log file:
{path}</source>
        <translation>详细信息已写入日志文件：
{path}</translation>
    </message>
</context>
<context>
    <name>FlightsModel</name>
    <message>
        <location filename="../../gui/flights_model.py" line="59"/>
        <source>Flight</source>
        <translation>航班</translation>
    </message>
    <message>
        <location filename="../../gui/flights_model.py" line="60"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gui/flights_model.py" line="61"/>
        <source>Route</source>
        <translation>航线</translation>
    </message>
    <message>
        <location filename="../../gui/flights_model.py" line="62"/>
        <source>Departs (local)</source>
        <translation>起飞（当地时间）</translation>
    </message>
    <message>
        <location filename="../../gui/flights_model.py" line="63"/>
        <source>Aircraft</source>
        <translation>机型</translation>
    </message>
    <message>
        <location filename="../../gui/flights_model.py" line="64"/>
        <source>Booked kg</source>
        <translation>已订 kg</translation>
    </message>
    <message>
        <location filename="../../gui/flights_model.py" line="65"/>
        <source>Left kg</source>
        <translation>剩余 kg</translation>
    </message>
    <message>
        <location filename="../../gui/flights_model.py" line="66"/>
        <source>Left m³</source>
        <translation>剩余 m³</translation>
    </message>
    <message>
        <location filename="../../gui/flights_model.py" line="67"/>
        <source>Bookings</source>
        <translation>订舱票数</translation>
    </message>
    <message>
        <location filename="../../gui/flights_model.py" line="68"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gui/flights_model.py" line="71"/>
        <source>Open</source>
        <translation>开放</translation>
    </message>
    <message>
        <location filename="../../gui/flights_model.py" line="72"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../gui/flights_model.py" line="73"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../gui/flights_model.py" line="75"/>
        <source>Less than 10 % of the allotment is left</source>
        <translation>剩余舱位不足配额的 10%</translation>
    </message>
    <message>
        <location filename="../../gui/flights_model.py" line="76"/>
        <source>Departs {departs}, arrives {arrives}</source>
        <translation>起飞 {departs}，到达 {arrives}</translation>
    </message>
</context>
<context>
    <name>FlightsPage</name>
    <message>
        <location filename="../../gui/flights_page.py" line="47"/>
        <source>Loading flights…</source>
        <translation>正在载入航班…</translation>
    </message>
    <message>
        <location filename="../../gui/flights_page.py" line="58"/>
        <source>Airport codes have three letters</source>
        <translation>机场代码为三个字母</translation>
    </message>
    <message>
        <location filename="../../gui/flights_page.py" line="81"/>
        <source>Ori&amp;gin:</source>
        <translation>始发港(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../gui/flights_page.py" line="82"/>
        <source>&amp;Destination:</source>
        <translation>目的港(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../gui/flights_page.py" line="83"/>
        <source>Origin airport, e.g. CGO</source>
        <translation>始发机场，例如 CGO</translation>
    </message>
    <message>
        <location filename="../../gui/flights_page.py" line="84"/>
        <source>Destination airport, e.g. FRA</source>
        <translation>目的地机场，例如 FRA</translation>
    </message>
    <message>
        <location filename="../../gui/flights_page.py" line="86"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../gui/flights_page.py" line="87"/>
        <source>&amp;Show flights</source>
        <translation>显示航班(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/flights_page.py" line="121"/>
        <source>%n upcoming flights</source>
        <translation>
            <numerusform>%n 个即将起飞的航班</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../gui/labels.py" line="17"/>
        <location filename="../../gui/labels.py" line="22"/>
        <source>Booked</source>
        <translation>已订舱</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="18"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="23"/>
        <source>Received from shipper</source>
        <translation>已收货</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="24"/>
        <source>Manifested</source>
        <translation>已配载</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="25"/>
        <source>Departed</source>
        <translation>已起飞</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="26"/>
        <source>Arrived</source>
        <translation>已到达</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="27"/>
        <source>Received from flight</source>
        <translation>已卸机</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="28"/>
        <source>Consignee notified</source>
        <translation>已通知收货人</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="29"/>
        <source>Delivered</source>
        <translation>已交付</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="32"/>
        <source>Requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="33"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="34"/>
        <source>Waitlisted</source>
        <translation>候补</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="35"/>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="38"/>
        <source>Prepaid (PP)</source>
        <translation>预付 (PP)</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="39"/>
        <source>Collect (CC)</source>
        <translation>到付 (CC)</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="42"/>
        <source>Secure for passenger and cargo aircraft (SPX)</source>
        <translation>客货机均可装载 (SPX)</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="43"/>
        <source>Secure for cargo aircraft only (SCO)</source>
        <translation>仅限货机装载 (SCO)</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="44"/>
        <source>Not secured (NSC)</source>
        <translation>未经安检 (NSC)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="104"/>
        <source>Opening database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="230"/>
        <source>FreightDesk</source>
        <translation>FreightDesk</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="233"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="234"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="235"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="236"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="237"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="238"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="240"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="241"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="242"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="243"/>
        <source>As the &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="244"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="245"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="246"/>
        <source>&amp;About FreightDesk</source>
        <translation>关于 FreightDesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="247"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="268"/>
        <source>Office: {airport}</source>
        <translation>办事处：{airport}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="270"/>
        <source>Database: {location}</source>
        <translation>数据库：{location}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="272"/>
        <source>User: {name}</source>
        <translation>用户：{name}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="317"/>
        <source>About FreightDesk</source>
        <translation>关于 FreightDesk</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="319"/>
        <source>&lt;h3&gt;FreightDesk&lt;/h3&gt;&lt;p&gt;Booking and documents for cross-border e-commerce air freight, offline at the forwarder&apos;s desk.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;FreightDesk&lt;/h3&gt;&lt;p&gt;跨境电商空运的订舱与单证软件，在货代柜台离线使用。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="340"/>
        <source>Flights</source>
        <translation>航班</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="341"/>
        <source>Bookings</source>
        <translation>订舱</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../gui/errors.py" line="34"/>
        <source>booking.not_found</source>
        <translation>找不到订舱 {key}</translation>
    </message>
    <message>
        <location filename="../../gui/errors.py" line="35"/>
        <source>flight.not_found</source>
        <translation>找不到航班 {key}</translation>
    </message>
    <message>
        <location filename="../../gui/errors.py" line="36"/>
        <source>customer.not_found</source>
        <translation>找不到客户 {key}</translation>
    </message>
    <message>
        <location filename="../../gui/errors.py" line="37"/>
        <source>airport.not_found</source>
        <translation>找不到机场 {key}</translation>
    </message>
    <message>
        <location filename="../../gui/errors.py" line="38"/>
        <source>carrier.not_found</source>
        <translation>找不到航空公司 {key}</translation>
    </message>
    <message>
        <location filename="../../gui/errors.py" line="39"/>
        <source>route.not_found</source>
        <translation>找不到航线 {key}</translation>
    </message>
    <message>
        <location filename="../../gui/errors.py" line="40"/>
        <source>invoice.not_found</source>
        <translation>找不到发票 {key}</translation>
    </message>
    <message>
        <location filename="../../gui/errors.py" line="41"/>
        <source>tariff.not_found</source>
        <translation>找不到运价 {key}</translation>
    </message>
    <message>
        <location filename="../../gui/errors.py" line="51"/>
        <source>Unexpected error: {error}</source>
        <translation>意外错误：{error}</translation>
    </message>
</context>
</TS>
