<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AllotmentDialog</name>
    <message>
        <location filename="../../gui/flight_detail.py" line="281" />
        <source>Allotment of {flight}</source>
        <translation>{flight} 的舱位配额</translation>
    </message>
    <message>
        <location filename="../../gui/flight_detail.py" line="288" />
        <source>Booked now: {kg} kg and {m3} m³</source>
        <translation>目前已订：{kg} kg、{m3} m³</translation>
    </message>
    <message>
        <location filename="../../gui/flight_detail.py" line="293" />
        <source>&amp;Weight kg:</source>
        <translation>重量 kg(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../gui/flight_detail.py" line="294" />
        <source>&amp;Volume m³:</source>
        <translation>体积 m³(&amp;V)：</translation>
    </message>
</context>
<context>
    <name>BookingActions</name>
    <message>
        <location filename="../../gui/booking_actions.py" line="116" />
        <source>Print &amp;AWB…</source>
        <translation>打印运单(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../gui/booking_actions.py" line="117" />
        <source>Print &amp;labels…</source>
        <translation>打印标签(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../gui/booking_actions.py" line="118" />
        <source>&amp;Cancel booking…</source>
        <translation>取消订舱(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>BookingDetailDialog</name>
    <message>
        <location filename="../../gui/booking_detail.py" line="96" />
        <source>Booking {awb}</source>
        <translation>订舱 {awb}</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="100" />
        <source>Shipper</source>
        <translation>发货人</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="101" />
        <source>Consignee</source>
        <translation>收货人</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="134" />
        <source>Booking {ref} · {state} · space {space} · booked {when}</source>
        <translation>订舱号 {ref} · {state} · 舱位{space} · 订舱时间 {when}</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="142" />
        <source>Cancelled: {reason}</source>
        <translation>已取消：{reason}</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="153" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="154" />
        <source>Account</source>
        <translation>客户账号</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="155" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="156" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="157" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="158" />
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="159" />
        <source>USCC</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="160" />
        <source>EU VAT</source>
        <translation>欧盟增值税号</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="161" />
        <source>EORI</source>
        <translation>EORI 号</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="168" />
        <location filename="../../gui/booking_detail.py" line="174" />
        <source>Flight</source>
        <translation>航班</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="169" />
        <source>Route</source>
        <translation>航线</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="170" />
        <source>Departs</source>
        <translation>起飞</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="171" />
        <source>Arrives</source>
        <translation>到达</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="172" />
        <source>Aircraft</source>
        <translation>机型</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="179" />
        <source>Goods</source>
        <translation>品名</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="180" />
        <location filename="../../gui/booking_detail.py" line="205" />
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="182" />
        <source>Gross weight</source>
        <translation>毛重</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="183" />
        <location filename="../../gui/booking_detail.py" line="188" />
        <source>{kg} kg</source>
        <translation>{kg} 千克</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="185" />
        <source>Volume</source>
        <translation>体积</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="185" />
        <source>{m3} m³</source>
        <translation>{m3} 立方米</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="187" />
        <source>Chargeable weight</source>
        <translation>计费重量</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="190" />
        <source>HS code</source>
        <translation>HS 编码</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="191" />
        <source>Handling codes</source>
        <translation>特殊操作代码</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="192" />
        <source>Security</source>
        <translation>安保状态</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="193" />
        <source>Declared value</source>
        <translation>申报价值</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="194" />
        <source>Payment</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="196" />
        <source>Cargo</source>
        <translation>货物</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="202" />
        <source>Length cm</source>
        <translation>长 (厘米)</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="203" />
        <source>Width cm</source>
        <translation>宽 (厘米)</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="204" />
        <source>Height cm</source>
        <translation>高 (厘米)</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="211" />
        <source>Dimensions</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="218" />
        <source>Packing instruction</source>
        <translation>包装说明</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="219" />
        <source>Cell</source>
        <translation>电芯</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="220" />
        <source>Battery</source>
        <translation>电池</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="222" />
        <source>State of charge</source>
        <translation>荷电状态</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="225" />
        <source>Statement</source>
        <translation>声明</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="227" />
        <source>Lithium batteries</source>
        <translation>锂电池</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="232" />
        <source>Milestone</source>
        <translation>节点</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="232" />
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="232" />
        <source>Local time</source>
        <translation>当地时间</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="232" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="237" />
        <source>Milestones</source>
        <translation>运输节点</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="242" />
        <location filename="../../gui/booking_detail.py" line="272" />
        <source>Price</source>
        <translation>运价</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="244" />
        <source>Booked without a price: no tariff covers this lane.</source>
        <translation>订舱时未计价：该航线没有适用的运价。</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="246" />
        <source>Carrier</source>
        <translation>承运人</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="246" />
        <source>Agent</source>
        <translation>代理人</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="248" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="249" />
        <source>Due to</source>
        <translation>收费方</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="250" />
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="251" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="252" />
        <source>Rate</source>
        <translation>费率</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="253" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../gui/booking_detail.py" line="266" />
        <source>Total: {amounts}</source>
        <translation>合计：{amounts}</translation>
    </message>
</context>
<context>
    <name>BookingEditor</name>
    <message>
        <location filename="../../gui/booking_editor.py" line="255" />
        <source>Departs {departs} · {kg} kg and {m3} m³ left</source>
        <translation>起飞 {departs} · 剩余 {kg} kg、{m3} m³</translation>
    </message>
    <message>
        <location filename="../../gui/booking_editor.py" line="299" />
        <source>Booked: AWB {awb}, flight {flight}, {ref}.</source>
        <translation>已订舱：运单 {awb}，航班 {flight}，{ref}。</translation>
    </message>
    <message>
        <location filename="../../gui/booking_editor.py" line="355" />
        <source>Discard booking</source>
        <translation>放弃订舱</translation>
    </message>
    <message>
        <location filename="../../gui/booking_editor.py" line="356" />
        <source>Discard the booking you have typed?</source>
        <translation>放弃已录入的订舱信息吗？</translation>
    </message>
    <message>
        <location filename="../../gui/booking_editor.py" line="372" />
        <source>New booking</source>
        <translation>新订舱</translation>
    </message>
    <message>
        <location filename="../../gui/booking_editor.py" line="373" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/booking_editor.py" line="374" />
        <source>Book it (Ctrl+S or Ctrl+Enter)</source>
        <translation>订舱（Ctrl+S 或 Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../gui/booking_editor.py" line="375" />
        <source>P&amp;rint</source>
        <translation>打印(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/booking_editor.py" line="376" />
        <source>&amp;Air waybill</source>
        <translation>航空货运单(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/booking_editor.py" line="377" />
        <source>&amp;Labels</source>
        <translation>标签(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/booking_editor.py" line="378" />
        <source>&amp;Invoice</source>
        <translation>发票(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../gui/booking_editor.py" line="379" />
        <source>&amp;New booking</source>
        <translation>新订舱(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/booking_editor.py" line="380" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>BookingFields</name>
    <message>
        <location filename="../../gui/booking_form_fields.py" line="143" />
        <source>Parties and flight</source>
        <translation>当事方与航班</translation>
    </message>
    <message>
        <location filename="../../gui/booking_form_fields.py" line="145" />
        <source>Shi&amp;pper</source>
        <translation>托运人(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/booking_form_fields.py" line="146" />
        <source>C&amp;onsignee</source>
        <translation>收货人(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../gui/booking_form_fields.py" line="147" />
        <source>Or&amp;igin</source>
        <translation>始发港(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../gui/booking_form_fields.py" line="148" />
        <source>&amp;Destination</source>
        <translation>目的港(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/booking_form_fields.py" line="149" />
        <source>&amp;Flight</source>
        <translation>航班(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/booking_form_fields.py" line="150" />
        <source>Sp&amp;ace with airline</source>
        <translation>航司舱位(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/booking_form_fields.py" line="155" />
        <source>Cargo</source>
        <translation>货物</translation>
    </message>
    <message>
        <location filename="../../gui/booking_form_fields.py" line="157" />
        <source>&amp;Goods</source>
        <translation>品名(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../gui/booking_form_fields.py" line="158" />
        <source>Pie&amp;ces</source>
        <translation>件数(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/booking_form_fields.py" line="159" />
        <source>Gross &amp;weight kg</source>
        <translation>毛重 kg(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../gui/booking_form_fields.py" line="160" />
        <source>Di&amp;mensions</source>
        <translation>尺寸(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../gui/booking_form_fields.py" line="161" />
        <source>&amp;HS code</source>
        <translation>HS 编码(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/booking_form_fields.py" line="171" />
        <source>Declared &amp;value</source>
        <translation>申报价值(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/booking_form_fields.py" line="178" />
        <source>Hand&amp;ling codes</source>
        <translation>特殊操作代码(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/booking_form_fields.py" line="179" />
        <source>S&amp;ecurity</source>
        <translation>安检状态(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/booking_form_fields.py" line="180" />
        <source>Pa&amp;yment</source>
        <translation>付款方式(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../gui/booking_form_fields.py" line="187" />
        <source>Lithium &amp;batteries (Section II)</source>
        <translation>锂电池（第 II 部分）(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../gui/booking_form_fields.py" line="190" />
        <source>Pac&amp;king instruction</source>
        <translation>包装说明(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../gui/booking_form_fields.py" line="191" />
        <source>Cell Wh</source>
        <translation>电芯 Wh</translation>
    </message>
    <message>
        <location filename="../../gui/booking_form_fields.py" line="192" />
        <source>Battery Wh</source>
        <translation>电池 Wh</translation>
    </message>
    <message>
        <location filename="../../gui/booking_form_fields.py" line="193" />
        <source>Cell lithium g</source>
        <translation>电芯锂含量 g</translation>
    </message>
    <message>
        <location filename="../../gui/booking_form_fields.py" line="194" />
        <source>Battery lithium g</source>
        <translation>电池锂含量 g</translation>
    </message>
    <message>
        <location filename="../../gui/booking_form_fields.py" line="195" />
        <source>State of charge %</source>
        <translation>荷电状态 %</translation>
    </message>
    <message>
        <location filename="../../gui/booking_form_fields.py" line="308" />
        <location filename="../../gui/booking_form_fields.py" line="309" />
        <source>Name, account or city</source>
        <translation>名称、账号或城市</translation>
    </message>
    <message>
        <location filename="../../gui/booking_form_fields.py" line="310" />
        <location filename="../../gui/booking_form_fields.py" line="311" />
        <source>Code, city or airport</source>
        <translation>代码、城市或机场</translation>
    </message>
    <message>
        <location filename="../../gui/booking_form_fields.py" line="312" />
        <source>e.g. ECM ELI</source>
        <translation>例如 ECM ELI</translation>
    </message>
    <message>
        <location filename="../../gui/booking_form_fields.py" line="313" />
        <source>6 to 10 digits</source>
        <translation>6 至 10 位数字</translation>
    </message>
</context>
<context>
    <name>BookingPrinter</name>
    <message>
        <location filename="../../gui/booking_print.py" line="38" />
        <source>AWB {awb}</source>
        <translation>运单 {awb}</translation>
    </message>
    <message>
        <location filename="../../gui/booking_print.py" line="41" />
        <source>Labels {awb}</source>
        <translation>标签 {awb}</translation>
    </message>
    <message>
        <location filename="../../gui/booking_print.py" line="58" />
        <source>Invoice {number}</source>
        <translation>发票 {number}</translation>
    </message>
</context>
<context>
    <name>BookingsModel</name>
    <message>
        <location filename="../../gui/bookings_model.py" line="46" />
        <source>AWB</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_model.py" line="47" />
        <source>Booking</source>
        <translation>订舱号</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_model.py" line="48" />
        <source>Shipper</source>
        <translation>发货人</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_model.py" line="49" />
        <source>Consignee</source>
        <translation>收货人</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_model.py" line="50" />
        <source>Route</source>
        <translation>航线</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_model.py" line="51" />
        <source>Flight</source>
        <translation>航班</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_model.py" line="52" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_model.py" line="53" />
        <source>Pcs</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_model.py" line="54" />
        <source>Gross kg</source>
        <translation>毛重 kg</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_model.py" line="55" />
        <source>Chg. kg</source>
        <translation>计费重 kg</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_model.py" line="56" />
        <source>Space</source>
        <translation>舱位</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_model.py" line="57" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_model.py" line="61" />
        <source>Air waybill number</source>
        <translation>航空运单号</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_model.py" line="62" />
        <source>Booking reference</source>
        <translation>订舱编号</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_model.py" line="63" />
        <source>Flight date (local)</source>
        <translation>航班日期（当地）</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_model.py" line="64" />
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_model.py" line="65" />
        <source>Gross weight, kg</source>
        <translation>毛重（千克）</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_model.py" line="66" />
        <source>Chargeable weight, kg</source>
        <translation>计费重量（千克）</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_model.py" line="67" />
        <source>Space status with the airline</source>
        <translation>航空公司的舱位状态</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_model.py" line="68" />
        <source>Cancelled, or the last milestone reached</source>
        <translation>已取消，或最近到达的运输节点</translation>
    </message>
</context>
<context>
    <name>BookingsPage</name>
    <message>
        <location filename="../../gui/bookings_page.py" line="135" />
        <source>&amp;AWB:</source>
        <translation>运单号(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="136" />
        <source>C&amp;ustomer:</source>
        <translation>客户(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="137" />
        <source>Dest&amp;ination:</source>
        <translation>目的港(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="138" />
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="139" />
        <source>Flight &amp;date:</source>
        <translation>航班日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="143" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="144" />
        <source>The air waybill number, or any part of its digits</source>
        <translation>航空运单号，或其中任意一段数字</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="145" />
        <source>name or account</source>
        <translation>名称或账号</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="147" />
        <source>Part of the shipper's or consignee's name or account, e.g. 郑州</source>
        <translation>发货人或收货人名称、账号的一部分，例如“郑州”</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="149" />
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="150" />
        <source>Destination airport, e.g. FRA</source>
        <translation>目的地机场，例如 FRA</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="152" />
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="153" />
        <source>Flights departing on or after this date</source>
        <translation>在此日期当天或之后起飞的航班</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="154" />
        <source>Flights departing on or before this date</source>
        <translation>在此日期当天或之前起飞的航班</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="155" />
        <source>&amp;Search</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="156" />
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="166" />
        <source>Dates are written like 2026-12-01</source>
        <translation>日期格式应为 2026-12-01</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="169" />
        <source>Airport codes have three letters</source>
        <translation>机场代码为三个字母</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="173" />
        <source>The first date comes after the last</source>
        <translation>开始日期晚于结束日期</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="197" />
        <source>Opening booking {awb}…</source>
        <translation>正在打开订舱 {awb}…</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="259" />
        <source>Searching bookings…</source>
        <translation>正在查询订舱…</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="278" />
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="280" />
        <source>Not cancelled</source>
        <translation>未取消</translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="293" />
        <source>No bookings match the search</source>
        <translation>没有符合条件的订舱</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/bookings_page.py" line="295" />
        <source>%n bookings</source>
        <translation>
            <numerusform>共 %n 票订舱</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/bookings_page.py" line="297" />
        <source>%n bookings loaded; scroll down for more</source>
        <translation>
            <numerusform>已载入 %n 票订舱，向下滚动载入更多</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/bookings_page.py" line="309" />
        <source>Sorted by {column} among the %n loaded bookings only; the database lists newest first. Narrow the search to sort all that match.</source>
        <translation>
            <numerusform>仅在已载入的 %n 票订舱中按“{column}”排序；数据库按最新在前列出。缩小查询范围即可对全部符合条件的订舱排序。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/bookings_page.py" line="318" />
        <source>Booking {awb}</source>
        <translation>订舱 {awb}</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <location filename="../../gui/booking_actions.py" line="48" />
        <source>Cancel booking {awb}</source>
        <translation>取消订舱 {awb}</translation>
    </message>
    <message>
        <location filename="../../gui/booking_actions.py" line="51" />
        <source>e.g. shipper withdrew the cargo</source>
        <translation>例如：发货人撤回货物</translation>
    </message>
    <message>
        <location filename="../../gui/booking_actions.py" line="57" />
        <source>The space goes back to the flight and the AWB number is voided, never reused.</source>
        <translation>舱位退回航班，运单号作废，不再使用。</translation>
    </message>
    <message>
        <location filename="../../gui/booking_actions.py" line="61" />
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../gui/booking_actions.py" line="66" />
        <source>Cancel &amp;booking</source>
        <translation>取消订舱(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../gui/booking_actions.py" line="67" />
        <source>&amp;Keep it</source>
        <translation>保留(&amp;K)</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../gui/consolidation_check.py" line="135" />
        <source>No houses to check.</source>
        <translation>没有可检查的分单。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/consolidation_check.py" line="137" />
        <source>All %n houses pass: nothing blocks.</source>
        <translation>
            <numerusform>全部 %n 个分单通过：无阻止项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/consolidation_check.py" line="139" />
        <source>%n houses checked</source>
        <translation>
            <numerusform>已检查 %n 个分单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/consolidation_check.py" line="140" />
        <source>; %n blocked</source>
        <translation>
            <numerusform>；%n 个被阻止</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_check.py" line="140" />
        <source>; none blocked</source>
        <translation>；无阻止</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/consolidation_check.py" line="141" />
        <source> (%n blocking findings</source>
        <translation>
            <numerusform>（%n 个阻止项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/consolidation_check.py" line="142" />
        <source>, %n warnings).</source>
        <translation>
            <numerusform>，%n 个警告）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_check.py" line="145" />
        <source>The consolidation cannot be manifested or closed until the blocked houses are corrected or removed.</source>
        <translation>在更正或移除被阻止的分单之前，此集运不能制作舱单或关闭。</translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_check.py" line="151" />
        <source>Check of {mawb}</source>
        <translation>{mawb} 的检查</translation>
    </message>
</context>
<context>
    <name>ConsolidationCheck</name>
    <message>
        <location filename="../../gui/consolidation_check.py" line="24" />
        <source>Blocking</source>
        <translation>阻止</translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_check.py" line="25" />
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_check.py" line="26" />
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_check.py" line="71" />
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_check.py" line="77" />
        <source>House</source>
        <translation>分单</translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_check.py" line="81" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_check.py" line="83" />
        <source>Rule</source>
        <translation>规则</translation>
    </message>
</context>
<context>
    <name>ConsolidationsModel</name>
    <message>
        <location filename="../../gui/consolidations_page.py" line="49" />
        <source>Open</source>
        <translation>开放</translation>
    </message>
    <message>
        <location filename="../../gui/consolidations_page.py" line="50" />
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../gui/consolidations_page.py" line="65" />
        <source>MAWB</source>
        <translation>主单号</translation>
    </message>
    <message>
        <location filename="../../gui/consolidations_page.py" line="66" />
        <source>Flight</source>
        <translation>航班</translation>
    </message>
    <message>
        <location filename="../../gui/consolidations_page.py" line="68" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gui/consolidations_page.py" line="73" />
        <source>Route</source>
        <translation>航线</translation>
    </message>
    <message>
        <location filename="../../gui/consolidations_page.py" line="76" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gui/consolidations_page.py" line="81" />
        <source>Houses</source>
        <translation>分单</translation>
    </message>
    <message>
        <location filename="../../gui/consolidations_page.py" line="87" />
        <source>Pcs</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../gui/consolidations_page.py" line="93" />
        <source>Gross kg</source>
        <translation>毛重 kg</translation>
    </message>
    <message>
        <location filename="../../gui/consolidations_page.py" line="100" />
        <source>m³</source>
        <translation>m³</translation>
    </message>
    <message>
        <location filename="../../gui/consolidations_page.py" line="106" />
        <source>Tendered pcs</source>
        <translation>交运件数</translation>
    </message>
</context>
<context>
    <name>ConsolidationsPage</name>
    <message>
        <location filename="../../gui/consolidation_actions.py" line="48" />
        <source>&amp;New consolidation…</source>
        <translation>新建集运(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_actions.py" line="49" />
        <source>Book a master AWB on a flight for e-commerce houses</source>
        <translation>为电商分单在航班上订一个主单</translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_actions.py" line="54" />
        <source>&amp;Import parcels…</source>
        <translation>导入包裹(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_actions.py" line="55" />
        <source>Add houses from a CSV or XLSX parcel file</source>
        <translation>从 CSV 或 XLSX 包裹文件添加分单</translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_actions.py" line="58" />
        <source>Chec&amp;k</source>
        <translation>检查(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_actions.py" line="59" />
        <source>Customs and lithium checks, house by house</source>
        <translation>逐个分单的海关与锂电池检查</translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_actions.py" line="62" />
        <source>House &amp;manifest</source>
        <translation>分单舱单(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_actions.py" line="63" />
        <source>The house manifest PDF of this master AWB</source>
        <translation>此主单的分单舱单 PDF</translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_actions.py" line="66" />
        <source>&amp;Export customs data…</source>
        <translation>导出报关数据(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_actions.py" line="67" />
        <source>The broker's file, CSV or XLSX</source>
        <translation>给报关行的文件，CSV 或 XLSX</translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_actions.py" line="70" />
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_actions.py" line="71" />
        <source>Documents final: no more changes</source>
        <translation>单证定稿：不再修改</translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_actions.py" line="74" />
        <source>&amp;Reopen…</source>
        <translation>重新打开(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_actions.py" line="75" />
        <source>Reopen a closed consolidation, saying why</source>
        <translation>重新打开已关闭的集运并说明原因</translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_actions.py" line="78" />
        <source>Remove &amp;house</source>
        <translation>移除分单(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_actions.py" line="79" />
        <source>Take the selected house off the consolidation</source>
        <translation>将所选分单从集运中移除</translation>
    </message>
    <message>
        <location filename="../../gui/consolidations_page.py" line="185" />
        <source>Loading consolidations…</source>
        <translation>正在加载集运…</translation>
    </message>
    <message>
        <location filename="../../gui/consolidations_page.py" line="219" />
        <source>&amp;Tendered pieces:</source>
        <translation>交运件数(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../gui/consolidations_page.py" line="221" />
        <source>Bags or pallets handed to the airline, not the number of parcels</source>
        <translation>交给航司的袋数或板数，不是包裹数</translation>
    </message>
    <message>
        <location filename="../../gui/consolidations_page.py" line="223" />
        <source>&amp;Set</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/consolidations_page.py" line="253" />
        <source>%n consolidations</source>
        <translation>
            <numerusform>%n 个集运</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/consolidations_page.py" line="271" />
        <source>No consolidation chosen</source>
        <translation>未选择集运</translation>
    </message>
    <message>
        <location filename="../../gui/consolidations_page.py" line="275" />
        <source>{mawb} on {flight}: {houses} houses, {kg} kg of {booked} kg booked, {state}</source>
        <translation>{mawb}，航班 {flight}：{houses} 个分单，{kg} kg / 订舱 {booked} kg，{state}</translation>
    </message>
</context>
<context>
    <name>CreditNoteDialog</name>
    <message>
        <location filename="../../gui/invoice_dialogs.py" line="282" />
        <source>Credit note for {number}</source>
        <translation>冲减 {number} 的红字通知单</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_dialogs.py" line="283" />
        <source>&amp;Whole invoice (every line not yet credited)</source>
        <translation>整张账单(所有尚未冲减的行)(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_dialogs.py" line="284" />
        <source>C&amp;hosen lines:</source>
        <translation>选定的行(&amp;H):</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_dialogs.py" line="291" />
        <source>printed on the credit note</source>
        <translation>打印在红字通知单上</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_dialogs.py" line="294" />
        <source>&amp;Issue credit note</source>
        <translation>开具红字通知单(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_dialogs.py" line="310" />
        <source>{line}  (credited)</source>
        <translation>{line}  (已冲减)</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_dialogs.py" line="319" />
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_dialogs.py" line="320" />
        <source>Issue &amp;date:</source>
        <translation>开具日期(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_dialogs.py" line="355" />
        <source>Credit note total: {amount}</source>
        <translation>红字通知单合计:{amount}</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_dialogs.py" line="363" />
        <source>a date like 2026-12-01</source>
        <translation>日期格式如 2026-12-01</translation>
    </message>
</context>
<context>
    <name>CustomerEditor</name>
    <message>
        <location filename="../../gui/customer_editor.py" line="60" />
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../gui/customer_editor.py" line="64" />
        <source>Acc&amp;ount:</source>
        <translation>账号(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../gui/customer_editor.py" line="69" />
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../gui/customer_editor.py" line="70" />
        <source>A&amp;ddress:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../gui/customer_editor.py" line="71" />
        <source>&amp;Postcode:</source>
        <translation>邮编(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../gui/customer_editor.py" line="72" />
        <source>Ci&amp;ty:</source>
        <translation>城市(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../gui/customer_editor.py" line="75" />
        <source>Countr&amp;y:</source>
        <translation>国家(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../gui/customer_editor.py" line="83" />
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../gui/customer_editor.py" line="85" />
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../gui/customer_editor.py" line="86" />
        <source>E-&amp;mail:</source>
        <translation>电子邮箱(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../gui/customer_editor.py" line="90" />
        <source>Tax identifiers</source>
        <translation>税务识别号</translation>
    </message>
    <message>
        <location filename="../../gui/customer_editor.py" line="92" />
        <source>&amp;USCC:</source>
        <translation>统一社会信用代码(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../gui/customer_editor.py" line="93" />
        <source>EU &amp;VAT:</source>
        <translation>欧盟增值税号(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../gui/customer_editor.py" line="94" />
        <source>&amp;EORI:</source>
        <translation>EORI 号(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../gui/customer_editor.py" line="98" />
        <source>Agreed terms</source>
        <translation>协议条款</translation>
    </message>
    <message>
        <location filename="../../gui/customer_editor.py" line="102" />
        <source>D&amp;iscount (%):</source>
        <translation>折扣 (%)(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../gui/customer_editor.py" line="108" />
        <source>&amp;Bubble share (%):</source>
        <translation>分泡比例 (%)(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../gui/customer_editor.py" line="114" />
        <source>Billing &amp;currency:</source>
        <translation>结算币种(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../gui/customer_editor.py" line="123" />
        <source>Letters, digits and hyphens, e.g. SH-CGO-010; it never changes once saved</source>
        <translation>字母、数字和连字符，例如 SH-CGO-010；保存后不可更改</translation>
    </message>
    <message>
        <location filename="../../gui/customer_editor.py" line="127" />
        <source>As on the business licence, in its own script</source>
        <translation>与营业执照一致，使用其原文字</translation>
    </message>
    <message>
        <location filename="../../gui/customer_editor.py" line="128" />
        <source>In Latin letters, as carriers print it</source>
        <translation>使用拉丁字母，与航空公司打印一致</translation>
    </message>
    <message>
        <location filename="../../gui/customer_editor.py" line="129" />
        <source>ISO country code, e.g. CN, DE</source>
        <translation>ISO 国家代码，例如 CN、DE</translation>
    </message>
    <message>
        <location filename="../../gui/customer_editor.py" line="130" />
        <source>e.g. +86 371 6817 2305</source>
        <translation>例如 +86 371 6817 2305</translation>
    </message>
    <message>
        <location filename="../../gui/customer_editor.py" line="131" />
        <source>China's unified social credit code: 18 characters, the last a check character</source>
        <translation>统一社会信用代码：18 位，最后一位为校验码</translation>
    </message>
    <message>
        <location filename="../../gui/customer_editor.py" line="135" />
        <source>EU customs number, e.g. DE4262719</source>
        <translation>欧盟海关编号，例如 DE4262719</translation>
    </message>
    <message>
        <location filename="../../gui/customer_editor.py" line="136" />
        <source>Percent off the freight; never below the minimum charge</source>
        <translation>运费折扣百分比；折后不低于最低运费</translation>
    </message>
    <message>
        <location filename="../../gui/customer_editor.py" line="139" />
        <source>分泡: percent of the volumetric excess billed; 100 is the IATA rule, 50 half</source>
        <translation>分泡：计费的体积重超出部分百分比；100 为 IATA 规则，50 为分一半泡</translation>
    </message>
    <message>
        <location filename="../../gui/customer_editor.py" line="143" />
        <source>ISO code such as CNY or EUR; blank bills in the tariff's currency</source>
        <translation>ISO 代码，如 CNY 或 EUR；留空则按运价币种结算</translation>
    </message>
    <message>
        <location filename="../../gui/customer_editor.py" line="237" />
        <source>Discard changes?</source>
        <translation>放弃更改？</translation>
    </message>
    <message>
        <location filename="../../gui/customer_editor.py" line="239" />
        <source>The changes to this customer have not been saved.</source>
        <translation>对此客户的更改尚未保存。</translation>
    </message>
    <message>
        <location filename="../../gui/customer_editor.py" line="243" />
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../gui/customer_editor.py" line="260" />
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../gui/customer_editor.py" line="263" />
        <source>Customer {account}</source>
        <translation>客户 {account}</translation>
    </message>
    <message>
        <location filename="../../gui/customer_editor.py" line="269" />
        <source>as the tariff</source>
        <translation>按运价币种</translation>
    </message>
    <message>
        <location filename="../../gui/customer_editor.py" line="272" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/customer_editor.py" line="273" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <location filename="../../gui/customers_page.py" line="46" />
        <source>Shipper and consignee</source>
        <translation>发货人及收货人</translation>
    </message>
    <message>
        <location filename="../../gui/customers_page.py" line="47" />
        <source>Shipper</source>
        <translation>发货人</translation>
    </message>
    <message>
        <location filename="../../gui/customers_page.py" line="48" />
        <source>Consignee</source>
        <translation>收货人</translation>
    </message>
    <message>
        <location filename="../../gui/customers_page.py" line="49" />
        <source>Not on any booking yet</source>
        <translation>尚无订舱使用此客户</translation>
    </message>
    <message>
        <location filename="../../gui/customers_page.py" line="50" />
        <source>VAT {number}</source>
        <translation>增值税号 {number}</translation>
    </message>
    <message>
        <location filename="../../gui/customers_page.py" line="51" />
        <source>EORI {number}</source>
        <translation>EORI {number}</translation>
    </message>
    <message>
        <location filename="../../gui/customers_page.py" line="73" />
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../gui/customers_page.py" line="74" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../gui/customers_page.py" line="76" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../gui/customers_page.py" line="77" />
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../gui/customers_page.py" line="78" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../gui/customers_page.py" line="80" />
        <source>USCC / tax ids</source>
        <translation>统一社会信用代码 / 税号</translation>
    </message>
    <message>
        <location filename="../../gui/customers_page.py" line="81" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../gui/customers_page.py" line="82" />
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../gui/customers_page.py" line="137" />
        <source>Searching customers…</source>
        <translation>正在查找客户…</translation>
    </message>
    <message>
        <location filename="../../gui/customers_page.py" line="162" />
        <source>F&amp;ind:</source>
        <translation>查找(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../gui/customers_page.py" line="163" />
        <source>name, account or city, e.g. 郑州</source>
        <translation>名称、账号或城市，例如 郑州</translation>
    </message>
    <message>
        <location filename="../../gui/customers_page.py" line="164" />
        <source>The list narrows as you type</source>
        <translation>输入时列表随之筛选</translation>
    </message>
    <message>
        <location filename="../../gui/customers_page.py" line="165" />
        <source>&amp;New customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../gui/customers_page.py" line="166" />
        <source>Add a shipper or consignee (Alt+N)</source>
        <translation>添加发货人或收货人 (Alt+N)</translation>
    </message>
    <message>
        <location filename="../../gui/customers_page.py" line="167" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/customers_page.py" line="168" />
        <source>Open the selected customer (Enter)</source>
        <translation>打开所选客户 (Enter)</translation>
    </message>
    <message>
        <location filename="../../gui/customers_page.py" line="185" />
        <source>Opening customer {account}…</source>
        <translation>正在打开客户 {account}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/customers_page.py" line="228" />
        <source>The first %n customers; type to narrow</source>
        <translation>
            <numerusform>仅显示前 %n 个客户；请输入以缩小范围</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/customers_page.py" line="230" />
        <source>No customer matches; Alt+N adds one</source>
        <translation>没有匹配的客户；按 Alt+N 新建</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/customers_page.py" line="232" />
        <source>%n customers</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/customers_page.py" line="235" />
        <source>Customer {account} saved</source>
        <translation>客户 {account} 已保存</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../gui/dashboard_page.py" line="124" />
        <source>Loading the dashboard…</source>
        <translation>正在加载看板…</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard_page.py" line="150" />
        <source>&amp;Weeks:</source>
        <translation>周数(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard_page.py" line="151" />
        <source>How many weeks up to today the figures cover</source>
        <translation>统计截至今天的周数</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard_page.py" line="152" />
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard_page.py" line="153" />
        <source>Bookings</source>
        <translation>订舱数</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard_page.py" line="154" />
        <source>Chargeable tonnes</source>
        <translation>计费吨数</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard_page.py" line="155" />
        <source>Revenue booked</source>
        <translation>订舱收入</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard_page.py" line="156" />
        <source>Chargeable tonnes by week</source>
        <translation>每周计费吨数</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard_page.py" line="157" />
        <source>Bookings by week</source>
        <translation>每周订舱数</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard_page.py" line="159" />
        <source>Space used on the flights of the next 14 days (weight / volume)</source>
        <translation>未来 14 天航班舱位使用率（重量 / 体积）</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard_page.py" line="161" />
        <source>Chargeable tonnes by route</source>
        <translation>各航线计费吨数</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard_page.py" line="170" />
        <source>Dashboard up to {day}</source>
        <translation>看板数据截至 {day}</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard_page.py" line="192" />
        <source>Weeks {first} to {last}, against the same weeks a year earlier</source>
        <translation>{first} 至 {last} 周，与去年同期各周对比</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard_page.py" line="200" />
        <location filename="../../gui/dashboard_page.py" line="249" />
        <location filename="../../gui/dashboard_page.py" line="282" />
        <source>{tonnes} t</source>
        <translation>{tonnes} 吨</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard_page.py" line="214" />
        <source>nothing in the same weeks last year</source>
        <translation>去年同期无数据</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard_page.py" line="215" />
        <source>{change} vs same weeks last year ({earlier})</source>
        <translation>较去年同期 {change}（去年 {earlier}）</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard_page.py" line="222" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard_page.py" line="223" />
        <source>no priced bookings in these weeks</source>
        <translation>这些周内没有已计价的订舱</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard_page.py" line="231" />
        <source>These weeks</source>
        <translation>本期各周</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard_page.py" line="231" />
        <source>A year earlier</source>
        <translation>去年同期</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard_page.py" line="238" />
        <source>{now} t, a year earlier {then} t</source>
        <translation>{now} 吨，去年同期 {then} 吨</translation>
    </message>
    <message>
        <location filename="../../gui/dashboard_page.py" line="256" />
        <source>{now}, a year earlier {then}</source>
        <translation>{now}，去年同期 {then}</translation>
    </message>
</context>
<context>
    <name>DimensionsModel</name>
    <message>
        <location filename="../../gui/dimensions_grid.py" line="38" />
        <source>Length cm</source>
        <translation>长 cm</translation>
    </message>
    <message>
        <location filename="../../gui/dimensions_grid.py" line="39" />
        <source>Width cm</source>
        <translation>宽 cm</translation>
    </message>
    <message>
        <location filename="../../gui/dimensions_grid.py" line="40" />
        <source>Height cm</source>
        <translation>高 cm</translation>
    </message>
    <message>
        <location filename="../../gui/dimensions_grid.py" line="41" />
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../gui/document_output.py" line="48" />
        <source>Save document</source>
        <translation>保存文档</translation>
    </message>
    <message>
        <location filename="../../gui/document_view.py" line="183" />
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../gui/document_view.py" line="184" />
        <source>Zoom in (Ctrl++)</source>
        <translation>放大 (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../gui/document_view.py" line="185" />
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../gui/document_view.py" line="186" />
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小 (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../gui/document_view.py" line="187" />
        <source>Fit &amp;width</source>
        <translation>适合宽度(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../gui/document_view.py" line="188" />
        <source>Fit the page width to the window (Ctrl+0)</source>
        <translation>使页面宽度适合窗口 (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../gui/document_view.py" line="189" />
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../gui/document_view.py" line="190" />
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../gui/document_view.py" line="191" />
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/document_view.py" line="193" />
        <source>Preparing the document…</source>
        <translation>正在生成文档…</translation>
    </message>
    <message>
        <location filename="../../gui/document_view.py" line="235" />
        <source>The document has no pages.</source>
        <translation>文档没有页面。</translation>
    </message>
    <message>
        <location filename="../../gui/document_view.py" line="265" />
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <location filename="../../gui/document_view.py" line="269" />
        <source>{percent} %</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <location filename="../../gui/document_view.py" line="314" />
        <source>Printing {title}…</source>
        <translation>正在打印 {title}…</translation>
    </message>
    <message>
        <location filename="../../gui/document_view.py" line="336" />
        <source>Printing cancelled.</source>
        <translation>已取消打印。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/document_view.py" line="338" />
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>已将 %n 页发送到打印机。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/document_view.py" line="350" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../gui/document_view.py" line="351" />
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../gui/document_view.py" line="386" />
        <source>The document could not be made.
{error}</source>
        <translation>无法生成文档。
{error}</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <location filename="../../gui/errors.py" line="94" />
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../gui/errors.py" line="95" />
        <source>Something went wrong that FreightDesk did not expect.</source>
        <translation>FreightDesk 遇到了意料之外的问题。</translation>
    </message>
    <message>
        <location filename="../../gui/errors.py" line="98" />
        <source>The details are in the log file:
{path}</source>
        <translation>详细信息已写入日志文件：
{path}</translation>
    </message>
</context>
<context>
    <name>FlightDetail</name>
    <message>
        <location filename="../../gui/flight_detail.py" line="45" />
        <source>AWB</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../gui/flight_detail.py" line="46" />
        <source>Shipper</source>
        <translation>发货人</translation>
    </message>
    <message>
        <location filename="../../gui/flight_detail.py" line="47" />
        <source>Consignee</source>
        <translation>收货人</translation>
    </message>
    <message>
        <location filename="../../gui/flight_detail.py" line="48" />
        <source>Destination</source>
        <translation>目的港</translation>
    </message>
    <message>
        <location filename="../../gui/flight_detail.py" line="50" />
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../gui/flight_detail.py" line="56" />
        <source>kg</source>
        <translation>毛重 kg</translation>
    </message>
    <message>
        <location filename="../../gui/flight_detail.py" line="62" />
        <source>Chargeable kg</source>
        <translation>计费重量 kg</translation>
    </message>
    <message>
        <location filename="../../gui/flight_detail.py" line="68" />
        <source>m³</source>
        <translation>体积 m³</translation>
    </message>
    <message>
        <location filename="../../gui/flight_detail.py" line="73" />
        <source>SHC</source>
        <translation>特殊操作代码</translation>
    </message>
    <message>
        <location filename="../../gui/flight_detail.py" line="75" />
        <source>Space</source>
        <translation>舱位</translation>
    </message>
    <message>
        <location filename="../../gui/flight_detail.py" line="81" />
        <source>{booked} of {allotment} kg booked ({percent} %)</source>
        <translation>已订 {booked} / 配额 {allotment} kg（{percent}%）</translation>
    </message>
    <message>
        <location filename="../../gui/flight_detail.py" line="82" />
        <source>{booked} of {allotment} m³ booked ({percent} %)</source>
        <translation>已订 {booked} / 配额 {allotment} m³（{percent}%）</translation>
    </message>
    <message>
        <location filename="../../gui/flight_detail.py" line="150" />
        <source>The document preview is not available.</source>
        <translation>单证预览功能不可用。</translation>
    </message>
    <message>
        <location filename="../../gui/flight_detail.py" line="156" />
        <source>Manifest {flight} {date}</source>
        <translation>舱单 {flight} {date}</translation>
    </message>
    <message>
        <location filename="../../gui/flight_detail.py" line="173" />
        <source>Weight:</source>
        <translation>重量：</translation>
    </message>
    <message>
        <location filename="../../gui/flight_detail.py" line="174" />
        <source>Volume:</source>
        <translation>体积：</translation>
    </message>
    <message>
        <location filename="../../gui/flight_detail.py" line="175" />
        <source>&amp;Manifest</source>
        <translation>舱单(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../gui/flight_detail.py" line="176" />
        <source>Preview, print or save the cargo manifest</source>
        <translation>预览、打印或保存货物舱单</translation>
    </message>
    <message>
        <location filename="../../gui/flight_detail.py" line="177" />
        <source>A&amp;llotment…</source>
        <translation>配额(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../gui/flight_detail.py" line="179" />
        <source>Change the weight and volume this flight may sell</source>
        <translation>修改本航班可销售的重量和体积</translation>
    </message>
    <message>
        <location filename="../../gui/flight_detail.py" line="181" />
        <source>&amp;Book on this flight</source>
        <translation>在此航班订舱(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../gui/flight_detail.py" line="182" />
        <source>Only bookings with confirmed space go on the manifest.</source>
        <translation>只有舱位已确认的订舱才列入舱单。</translation>
    </message>
    <message>
        <location filename="../../gui/flight_detail.py" line="195" />
        <source>Flight {flight} {date}</source>
        <translation>航班 {flight} {date}</translation>
    </message>
    <message>
        <location filename="../../gui/flight_detail.py" line="204" />
        <source>Departs {departs} · arrives {arrives} · {aircraft} · {status}</source>
        <translation>起飞 {departs} · 到达 {arrives} · {aircraft} · {status}</translation>
    </message>
    <message>
        <location filename="../../gui/flight_detail.py" line="226" />
        <source>%n bookings on this flight</source>
        <translation>本航班共 %n 票订舱</translation>
    </message>
</context>
<context>
    <name>FlightPicker</name>
    <message>
        <location filename="../../gui/flight_picker.py" line="19" />
        <source>Flight</source>
        <translation>航班</translation>
    </message>
    <message>
        <location filename="../../gui/flight_picker.py" line="23" />
        <source>Departs (local)</source>
        <translation>起飞（当地时间）</translation>
    </message>
    <message>
        <location filename="../../gui/flight_picker.py" line="24" />
        <source>Aircraft</source>
        <translation>机型</translation>
    </message>
    <message>
        <location filename="../../gui/flight_picker.py" line="26" />
        <source>Left kg</source>
        <translation>剩余 kg</translation>
    </message>
    <message>
        <location filename="../../gui/flight_picker.py" line="32" />
        <source>Left m³</source>
        <translation>剩余 m³</translation>
    </message>
    <message>
        <location filename="../../gui/flight_picker.py" line="88" />
        <source>Choose the lane first</source>
        <translation>请先填写航线</translation>
    </message>
    <message>
        <location filename="../../gui/flight_picker.py" line="90" />
        <source>Choose a flight</source>
        <translation>请选择航班</translation>
    </message>
    <message>
        <location filename="../../gui/flight_picker.py" line="92" />
        <source>No open flight on this lane</source>
        <translation>该航线没有可订舱的航班</translation>
    </message>
</context>
<context>
    <name>FlightsModel</name>
    <message>
        <location filename="../../gui/flights_model.py" line="62" />
        <source>Flight</source>
        <translation>航班</translation>
    </message>
    <message>
        <location filename="../../gui/flights_model.py" line="63" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gui/flights_model.py" line="64" />
        <source>Route</source>
        <translation>航线</translation>
    </message>
    <message>
        <location filename="../../gui/flights_model.py" line="65" />
        <source>Departs (local)</source>
        <translation>起飞（当地时间）</translation>
    </message>
    <message>
        <location filename="../../gui/flights_model.py" line="66" />
        <source>Aircraft</source>
        <translation>机型</translation>
    </message>
    <message>
        <location filename="../../gui/flights_model.py" line="67" />
        <source>Booked kg</source>
        <translation>已订 kg</translation>
    </message>
    <message>
        <location filename="../../gui/flights_model.py" line="68" />
        <source>Left kg</source>
        <translation>剩余 kg</translation>
    </message>
    <message>
        <location filename="../../gui/flights_model.py" line="69" />
        <source>Booked m³</source>
        <translation>已订 m³</translation>
    </message>
    <message>
        <location filename="../../gui/flights_model.py" line="70" />
        <source>Left m³</source>
        <translation>剩余 m³</translation>
    </message>
    <message>
        <location filename="../../gui/flights_model.py" line="71" />
        <source>Bookings</source>
        <translation>订舱票数</translation>
    </message>
    <message>
        <location filename="../../gui/flights_model.py" line="72" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gui/flights_model.py" line="75" />
        <source>Open</source>
        <translation>开放</translation>
    </message>
    <message>
        <location filename="../../gui/flights_model.py" line="76" />
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../gui/flights_model.py" line="77" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../gui/flights_model.py" line="79" />
        <source>Nearly full</source>
        <translation>即将满舱</translation>
    </message>
    <message>
        <location filename="../../gui/flights_model.py" line="81" />
        <source>{booked} of {allotment} kg booked ({percent} %)</source>
        <translation>已订 {booked} / 配额 {allotment} kg（{percent}%）</translation>
    </message>
    <message>
        <location filename="../../gui/flights_model.py" line="84" />
        <source>{booked} of {allotment} m³ booked ({percent} %)</source>
        <translation>已订 {booked} / 配额 {allotment} m³（{percent}%）</translation>
    </message>
    <message>
        <location filename="../../gui/flights_model.py" line="88" />
        <source>Less than 10 % of the allotment is left</source>
        <translation>剩余舱位不足配额的 10%</translation>
    </message>
    <message>
        <location filename="../../gui/flights_model.py" line="89" />
        <source>Departs {departs}, arrives {arrives}</source>
        <translation>起飞 {departs}，到达 {arrives}</translation>
    </message>
</context>
<context>
    <name>FlightsPage</name>
    <message>
        <location filename="../../gui/flights_page.py" line="212" />
        <source>Loading flights…</source>
        <translation>正在载入航班…</translation>
    </message>
    <message>
        <location filename="../../gui/flights_page.py" line="88" />
        <source>Airport codes have three letters</source>
        <translation>机场代码为三个字母</translation>
    </message>
    <message>
        <location filename="../../gui/flights_page.py" line="92" />
        <source>Dates are written like 2026-12-01</source>
        <translation>日期格式应为 2026-12-01</translation>
    </message>
    <message>
        <location filename="../../gui/flights_page.py" line="96" />
        <source>The first date comes after the last</source>
        <translation>开始日期晚于结束日期</translation>
    </message>
    <message>
        <location filename="../../gui/flights_page.py" line="128" />
        <source>Ori&amp;gin:</source>
        <translation>始发港(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../gui/flights_page.py" line="129" />
        <source>&amp;Destination:</source>
        <translation>目的港(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../gui/flights_page.py" line="130" />
        <source>&amp;Carrier:</source>
        <translation>承运人(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../gui/flights_page.py" line="131" />
        <source>Dep&amp;arting:</source>
        <translation>起飞日期(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../gui/flights_page.py" line="132" />
        <source>&amp;to</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/flights_page.py" line="136" />
        <source>Origin airport, e.g. CGO</source>
        <translation>始发机场，例如 CGO</translation>
    </message>
    <message>
        <location filename="../../gui/flights_page.py" line="137" />
        <source>Destination airport, e.g. FRA</source>
        <translation>目的地机场，例如 FRA</translation>
    </message>
    <message>
        <location filename="../../gui/flights_page.py" line="139" />
        <location filename="../../gui/flights_page.py" line="141" />
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../gui/flights_page.py" line="140" />
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../gui/flights_page.py" line="142" />
        <source>Flights departing on or after this date</source>
        <translation>在此日期当天或之后起飞的航班</translation>
    </message>
    <message>
        <location filename="../../gui/flights_page.py" line="143" />
        <source>Flights departing on or before this date</source>
        <translation>在此日期当天或之前起飞的航班</translation>
    </message>
    <message>
        <location filename="../../gui/flights_page.py" line="144" />
        <source>Any carrier</source>
        <translation>全部承运人</translation>
    </message>
    <message>
        <location filename="../../gui/flights_page.py" line="145" />
        <source>The airline operating the flight</source>
        <translation>执飞该航班的航空公司</translation>
    </message>
    <message>
        <location filename="../../gui/flights_page.py" line="146" />
        <source>&amp;Show flights</source>
        <translation>显示航班(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/flights_page.py" line="228" />
        <source>%n upcoming flights</source>
        <translation>
            <numerusform>%n 个即将起飞的航班</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HousesModel</name>
    <message>
        <location filename="../../gui/houses_model.py" line="39" />
        <source>House</source>
        <translation>分单</translation>
    </message>
    <message>
        <location filename="../../gui/houses_model.py" line="40" />
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../gui/houses_model.py" line="41" />
        <source>Seller</source>
        <translation>卖家</translation>
    </message>
    <message>
        <location filename="../../gui/houses_model.py" line="42" />
        <source>Consignee</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../gui/houses_model.py" line="43" />
        <source>Ctry</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../gui/houses_model.py" line="44" />
        <source>Pcs</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../gui/houses_model.py" line="45" />
        <source>Gross kg</source>
        <translation>毛重 kg</translation>
    </message>
    <message>
        <location filename="../../gui/houses_model.py" line="46" />
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../gui/houses_model.py" line="47" />
        <source>Declared value</source>
        <translation>申报价值</translation>
    </message>
    <message>
        <location filename="../../gui/houses_model.py" line="48" />
        <source>SHC</source>
        <translation>SHC</translation>
    </message>
    <message>
        <location filename="../../gui/houses_model.py" line="51" />
        <source>House air waybill number</source>
        <translation>分运单号</translation>
    </message>
    <message>
        <location filename="../../gui/houses_model.py" line="52" />
        <source>The platform's order number</source>
        <translation>平台订单号</translation>
    </message>
    <message>
        <location filename="../../gui/houses_model.py" line="53" />
        <source>Consignee's country</source>
        <translation>收件人国家</translation>
    </message>
    <message>
        <location filename="../../gui/houses_model.py" line="54" />
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../gui/houses_model.py" line="55" />
        <source>China customs mode (9610, 9710, 9810, 1210)</source>
        <translation>中国海关监管方式（9610、9710、9810、1210）</translation>
    </message>
    <message>
        <location filename="../../gui/houses_model.py" line="58" />
        <source>Special handling codes</source>
        <translation>特种货物代码</translation>
    </message>
</context>
<context>
    <name>HousesPanel</name>
    <message>
        <location filename="../../gui/consolidation_houses.py" line="135" />
        <source>&amp;Houses:</source>
        <translation>分单(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_houses.py" line="136" />
        <source>house, order number, name or country</source>
        <translation>分单号、订单号、姓名或国家</translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_houses.py" line="137" />
        <source>Enter searches the houses of this consolidation</source>
        <translation>回车在本集运的分单中搜索</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/consolidation_houses.py" line="151" />
        <source>%n houses</source>
        <translation>
            <numerusform>%n 个分单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/consolidation_houses.py" line="153" />
        <source>%n houses loaded; scroll for more</source>
        <translation>
            <numerusform>已加载 %n 个分单；向下滚动加载更多</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../gui/import_report.py" line="119" />
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <location filename="../../gui/import_report.py" line="187" />
        <source>Import &amp;all</source>
        <translation>全部导入(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/import_report.py" line="189" />
        <source>Import the &amp;valid rows</source>
        <translation>导入有效行(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/import_report.py" line="192" />
        <source>Leave the refused rows out and import the others</source>
        <translation>跳过被拒绝的行，导入其余行</translation>
    </message>
</context>
<context>
    <name>InvoiceBookings</name>
    <message>
        <location filename="../../gui/invoice_issue.py" line="52" />
        <source>no price</source>
        <translation>无价格</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_issue.py" line="53" />
        <source>before tax, in the booking's currency</source>
        <translation>税前,按订舱币种</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_issue.py" line="54" />
        <source>Booked without a price: it cannot be invoiced</source>
        <translation>订舱时没有价格:无法开账单</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_issue.py" line="66" />
        <source>AWB</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_issue.py" line="67" />
        <source>Booking</source>
        <translation>订舱号</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_issue.py" line="69" />
        <source>Flight</source>
        <translation>航班</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_issue.py" line="73" />
        <source>Route</source>
        <translation>航线</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_issue.py" line="74" />
        <source>Pays as</source>
        <translation>付款身份</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_issue.py" line="76" />
        <source>Charges</source>
        <translation>费用</translation>
    </message>
</context>
<context>
    <name>InvoiceDetailDialog</name>
    <message>
        <location filename="../../gui/invoice_detail.py" line="75" />
        <source>Invoice {number}</source>
        <translation>账单 {number}</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_detail.py" line="75" />
        <source>Credit note {number}</source>
        <translation>红字通知单 {number}</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_detail.py" line="77" />
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_detail.py" line="79" />
        <source>Show and print the issued PDF (Ctrl+P)</source>
        <translation>显示并打印已开具的 PDF (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_detail.py" line="80" />
        <source>&amp;Record payment…</source>
        <translation>登记收款(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_detail.py" line="82" />
        <source>Credit &amp;note…</source>
        <translation>红字冲减(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_detail.py" line="96" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_detail.py" line="97" />
        <source>Tax ID</source>
        <translation>税号</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_detail.py" line="98" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_detail.py" line="99" />
        <source>Issued</source>
        <translation>开具日期</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_detail.py" line="100" />
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_detail.py" line="101" />
        <source>Terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_detail.py" line="102" />
        <source>Credits invoice</source>
        <translation>冲减账单</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_detail.py" line="103" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_detail.py" line="104" />
        <source>Exchange rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_detail.py" line="105" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_detail.py" line="112" />
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_detail.py" line="113" />
        <source>AWB</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_detail.py" line="114" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_detail.py" line="115" />
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_detail.py" line="116" />
        <location filename="../../gui/invoice_detail.py" line="157" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_detail.py" line="117" />
        <source>Tax %</source>
        <translation>税率 %</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_detail.py" line="118" />
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_detail.py" line="133" />
        <source>Subtotal {subtotal} · tax {tax} · total {total}</source>
        <translation>小计 {subtotal} · 税额 {tax} · 合计 {total}</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_detail.py" line="143" />
        <source>Lines ({currency})</source>
        <translation>明细({currency})</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_detail.py" line="149" />
        <source>Paid {paid} · credited {credited} · open {open}</source>
        <translation>已收 {paid} · 已冲减 {credited} · 未收 {open}</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_detail.py" line="157" />
        <source>Paid on</source>
        <translation>收款日期</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_detail.py" line="157" />
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_detail.py" line="157" />
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_detail.py" line="163" />
        <source>Credit notes: {numbers}</source>
        <translation>红字通知单:{numbers}</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_detail.py" line="165" />
        <source>Payments</source>
        <translation>收款</translation>
    </message>
</context>
<context>
    <name>InvoiceStates</name>
    <message>
        <location filename="../../gui/invoice_dialogs.py" line="51" />
        <source>Unpaid</source>
        <translation>未付款</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_dialogs.py" line="52" />
        <source>Part-paid</source>
        <translation>部分付款</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_dialogs.py" line="53" />
        <source>Paid</source>
        <translation>已付清</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_dialogs.py" line="54" />
        <source>Credited</source>
        <translation>已冲减</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_dialogs.py" line="56" />
        <source>Credit note for {number}</source>
        <translation>冲减 {number} 的红字通知单</translation>
    </message>
</context>
<context>
    <name>InvoicesModel</name>
    <message>
        <location filename="../../gui/invoices_page.py" line="65" />
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../gui/invoices_page.py" line="66" />
        <source>Issued</source>
        <translation>开具日期</translation>
    </message>
    <message>
        <location filename="../../gui/invoices_page.py" line="68" />
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../gui/invoices_page.py" line="72" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../gui/invoices_page.py" line="73" />
        <source>Buyer</source>
        <translation>购买方</translation>
    </message>
    <message>
        <location filename="../../gui/invoices_page.py" line="75" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../gui/invoices_page.py" line="81" />
        <source>Paid</source>
        <translation>已付清</translation>
    </message>
    <message>
        <location filename="../../gui/invoices_page.py" line="87" />
        <source>Open</source>
        <translation>未收</translation>
    </message>
    <message>
        <location filename="../../gui/invoices_page.py" line="94" />
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <location filename="../../gui/invoices_actions.py" line="41" />
        <source>&amp;Issue invoice…</source>
        <translation>开具账单(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../gui/invoices_actions.py" line="42" />
        <source>Invoice a customer's bookings</source>
        <translation>为客户的订舱开具账单</translation>
    </message>
    <message>
        <location filename="../../gui/invoices_actions.py" line="45" />
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../gui/invoices_actions.py" line="46" />
        <source>Lines, payments and balance of the invoice (Enter)</source>
        <translation>账单的明细、收款和余额 (Enter)</translation>
    </message>
    <message>
        <location filename="../../gui/invoices_actions.py" line="49" />
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/invoices_actions.py" line="50" />
        <source>Show and print the issued PDF</source>
        <translation>显示并打印已开具的 PDF</translation>
    </message>
    <message>
        <location filename="../../gui/invoices_actions.py" line="53" />
        <source>&amp;Record payment…</source>
        <translation>登记收款(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../gui/invoices_actions.py" line="54" />
        <source>Record a payment on the selected invoice</source>
        <translation>为选中的账单登记收款</translation>
    </message>
    <message>
        <location filename="../../gui/invoices_actions.py" line="57" />
        <source>Credit &amp;note…</source>
        <translation>红字冲减(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../gui/invoices_actions.py" line="58" />
        <source>Credit the selected invoice, whole or some lines</source>
        <translation>冲减选中的账单(整张或部分行)</translation>
    </message>
    <message>
        <location filename="../../gui/invoices_actions.py" line="61" />
        <source>Invoice {number}</source>
        <translation>账单 {number}</translation>
    </message>
    <message>
        <location filename="../../gui/invoices_page.py" line="151" />
        <source>Loading invoices…</source>
        <translation>正在加载账单…</translation>
    </message>
    <message>
        <location filename="../../gui/invoices_page.py" line="179" />
        <source>C&amp;ustomer:</source>
        <translation>客户(&amp;U):</translation>
    </message>
    <message>
        <location filename="../../gui/invoices_page.py" line="180" />
        <source>S&amp;tate:</source>
        <translation>状态(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../gui/invoices_page.py" line="181" />
        <source>Issued &amp;from:</source>
        <translation>开具日期从(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../gui/invoices_page.py" line="182" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../gui/invoices_page.py" line="186" />
        <source>any customer</source>
        <translation>任意客户</translation>
    </message>
    <message>
        <location filename="../../gui/invoices_page.py" line="187" />
        <source>The customer's account; type part of a name</source>
        <translation>客户账号;也可输入名称的一部分</translation>
    </message>
    <message>
        <location filename="../../gui/invoices_page.py" line="189" />
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../gui/invoices_page.py" line="190" />
        <source>Issued on or after this date</source>
        <translation>在此日期当天或之后开具</translation>
    </message>
    <message>
        <location filename="../../gui/invoices_page.py" line="191" />
        <source>Issued on or before this date</source>
        <translation>在此日期当天或之前开具</translation>
    </message>
    <message>
        <location filename="../../gui/invoices_page.py" line="192" />
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/invoices_page.py" line="193" />
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/invoices_page.py" line="203" />
        <source>Dates are written like 2026-12-01</source>
        <translation>日期格式如 2026-12-01</translation>
    </message>
    <message>
        <location filename="../../gui/invoices_page.py" line="207" />
        <source>The first date comes after the last</source>
        <translation>开始日期晚于结束日期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/invoices_page.py" line="245" />
        <source>%n invoices and credit notes</source>
        <translation>
            <numerusform>%n 张账单和红字通知单</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/invoices_page.py" line="247" />
        <source>No invoices match</source>
        <translation>没有符合条件的账单</translation>
    </message>
    <message>
        <location filename="../../gui/invoices_page.py" line="258" />
        <source>Open in this list: {amounts}</source>
        <translation>本列表未收合计:{amounts}</translation>
    </message>
    <message>
        <location filename="../../gui/invoices_page.py" line="334" />
        <source>Any state</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location filename="../../gui/invoices_page.py" line="335" />
        <source>Open (unpaid or part-paid)</source>
        <translation>未结清(未付或部分付款)</translation>
    </message>
    <message>
        <location filename="../../gui/invoices_page.py" line="336" />
        <source>Unpaid</source>
        <translation>未付款</translation>
    </message>
    <message>
        <location filename="../../gui/invoices_page.py" line="337" />
        <source>Part-paid</source>
        <translation>部分付款</translation>
    </message>
    <message>
        <location filename="../../gui/invoices_page.py" line="338" />
        <source>Paid</source>
        <translation>已付清</translation>
    </message>
    <message>
        <location filename="../../gui/invoices_page.py" line="339" />
        <source>Credited</source>
        <translation>已冲减</translation>
    </message>
</context>
<context>
    <name>IssueInvoiceDialog</name>
    <message>
        <location filename="../../gui/invoice_issue.py" line="160" />
        <source>Issue invoice</source>
        <translation>开具账单</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_issue.py" line="163" />
        <source>account or name</source>
        <translation>账号或名称</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_issue.py" line="164" />
        <source>The customer who pays: PP shipper, CC consignee</source>
        <translation>付款客户:预付(PP)为发货人,到付(CC)为收货人</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_issue.py" line="166" />
        <source>&amp;Show bookings</source>
        <translation>显示订舱(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_issue.py" line="183" />
        <source>seller's terms</source>
        <translation>按销售方条件</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_issue.py" line="184" />
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_issue.py" line="186" />
        <source>&amp;Issue</source>
        <translation>开具(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_issue.py" line="194" />
        <source>&amp;Customer:</source>
        <translation>客户(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_issue.py" line="206" />
        <source>Issue &amp;date:</source>
        <translation>开具日期(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_issue.py" line="207" />
        <source>D&amp;ue after:</source>
        <translation>付款期限(&amp;U):</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_issue.py" line="252" />
        <source>No bookings of {account} are waiting for an invoice</source>
        <translation>{account} 没有待开账单的订舱</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_issue.py" line="265" />
        <source>Tick the bookings to invoice</source>
        <translation>请勾选要开账单的订舱</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_issue.py" line="267" />
        <source>Adding up…</source>
        <translation>正在计算…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/invoice_issue.py" line="278" />
        <source>Total {total} (before tax {subtotal}, tax {tax}) · %n line(s)</source>
        <translation>
            <numerusform>合计 {total}(税前 {subtotal},税额 {tax})· %n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/invoice_issue.py" line="303" />
        <source>a date like 2026-12-01</source>
        <translation>日期格式如 2026-12-01</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <location filename="../../gui/jobs.py" line="112" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../gui/labels.py" line="17" />
        <location filename="../../gui/labels.py" line="22" />
        <source>Booked</source>
        <translation>已订舱</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="18" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="23" />
        <source>Received from shipper</source>
        <translation>已收货</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="24" />
        <source>Manifested</source>
        <translation>已配载</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="25" />
        <source>Departed</source>
        <translation>已起飞</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="26" />
        <source>Arrived</source>
        <translation>已到达</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="27" />
        <source>Received from flight</source>
        <translation>已卸机</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="28" />
        <source>Consignee notified</source>
        <translation>已通知收货人</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="29" />
        <source>Delivered</source>
        <translation>已交付</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="32" />
        <source>Requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="33" />
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="34" />
        <source>Waitlisted</source>
        <translation>候补</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="35" />
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="38" />
        <source>Prepaid (PP)</source>
        <translation>预付 (PP)</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="39" />
        <source>Collect (CC)</source>
        <translation>到付 (CC)</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="42" />
        <source>Secure for passenger and cargo aircraft (SPX)</source>
        <translation>客货机均可装载 (SPX)</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="43" />
        <source>Secure for cargo aircraft only (SCO)</source>
        <translation>仅限货机装载 (SCO)</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="44" />
        <source>Not secured (NSC)</source>
        <translation>未经安检 (NSC)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="116" />
        <source>Opening database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="161" />
        <source>The database is still opening; try again in a moment.</source>
        <translation>数据库仍在打开，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="276" />
        <source>FreightDesk</source>
        <translation>FreightDesk</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="278" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="279" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="280" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="281" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="282" />
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="283" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="285" />
        <source>&amp;New booking…</source>
        <translation>新建订舱(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="286" />
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="287" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="288" />
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="289" />
        <source>As the &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="290" />
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="291" />
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="292" />
        <source>&amp;About FreightDesk</source>
        <translation>关于 FreightDesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="293" />
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="324" />
        <source>Office: {airport}</source>
        <translation>办事处：{airport}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="326" />
        <source>Database: {location}</source>
        <translation>数据库：{location}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="328" />
        <source>User: {name}</source>
        <translation>用户：{name}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="374" />
        <source>About FreightDesk</source>
        <translation>关于 FreightDesk</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="376" />
        <source>&lt;h3&gt;FreightDesk&lt;/h3&gt;&lt;p&gt;Booking and documents for cross-border e-commerce air freight, offline at the forwarder's desk.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;FreightDesk&lt;/h3&gt;&lt;p&gt;跨境电商空运的订舱与单证软件，在货代柜台离线使用。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/navigation.py" line="37" />
        <source>Flights</source>
        <translation>航班</translation>
    </message>
    <message>
        <location filename="../../gui/navigation.py" line="38" />
        <source>Bookings</source>
        <translation>订舱</translation>
    </message>
    <message>
        <location filename="../../gui/navigation.py" line="39" />
        <source>Consolidations</source>
        <translation>集运</translation>
    </message>
    <message>
        <location filename="../../gui/navigation.py" line="40" />
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../gui/navigation.py" line="41" />
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../gui/navigation.py" line="42" />
        <source>Tariffs</source>
        <translation>运价</translation>
    </message>
    <message>
        <location filename="../../gui/navigation.py" line="43" />
        <source>Dashboard</source>
        <translation>看板</translation>
    </message>
    <message>
        <location filename="../../gui/navigation.py" line="44" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>NewConsolidationDialog</name>
    <message>
        <location filename="../../gui/consolidation_new.py" line="129" />
        <source>Choose a flight of the lane</source>
        <translation>请选择该航线的航班</translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_new.py" line="150" />
        <source>New consolidation</source>
        <translation>新建集运</translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_new.py" line="152" />
        <source>&amp;Origin:</source>
        <translation>始发港(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_new.py" line="153" />
        <source>&amp;Destination:</source>
        <translation>目的港(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_new.py" line="154" />
        <source>&amp;Flight:</source>
        <translation>航班(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_new.py" line="155" />
        <source>&amp;Shipper account:</source>
        <translation>发货人账号(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_new.py" line="156" />
        <source>Co&amp;nsignee account:</source>
        <translation>收货人账号(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_new.py" line="157" />
        <source>Booked &amp;weight, kg:</source>
        <translation>订舱重量(&amp;W)，kg：</translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_new.py" line="158" />
        <source>Booked &amp;volume, m³:</source>
        <translation>订舱体积(&amp;V)，m³：</translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_new.py" line="159" />
        <source>&amp;Tendered pieces:</source>
        <translation>交运件数(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_new.py" line="174" />
        <source>when known</source>
        <translation>已知时填写</translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_new.py" line="175" />
        <location filename="../../gui/consolidation_new.py" line="176" />
        <source>name or account</source>
        <translation>名称或账号</translation>
    </message>
</context>
<context>
    <name>ParcelImport</name>
    <message>
        <location filename="../../gui/consolidation_import.py" line="28" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_import.py" line="29" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_import.py" line="30" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_import.py" line="31" />
        <source>Rule</source>
        <translation>规则</translation>
    </message>
</context>
<context>
    <name>ParcelImportDialog</name>
    <message numerus="yes">
        <location filename="../../gui/consolidation_import.py" line="86" />
        <source>%n rows read</source>
        <translation>
            <numerusform>已读取 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/consolidation_import.py" line="88" />
        <source>; %n already imported (skipped)</source>
        <translation>
            <numerusform>；%n 行已导入过（跳过）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_import.py" line="91" />
        <source>: nothing new to import.</source>
        <translation>：没有新的内容可导入。</translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_import.py" line="92" />
        <source>: all valid, ready to import.</source>
        <translation>：全部有效，可以导入。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/consolidation_import.py" line="93" />
        <source>; %n refused, so nothing is imported</source>
        <translation>
            <numerusform>；%n 行被拒绝，因此不导入任何内容</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_import.py" line="95" />
        <source> unless you choose to import the valid rows.</source>
        <translation>，除非您选择导入有效行。</translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_import.py" line="96" />
        <source>: correct the file and import it again.</source>
        <translation>：请更正文件后重新导入。</translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_import.py" line="102" />
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_import.py" line="113" />
        <source>Importing parcels into {mawb}…</source>
        <translation>正在导入包裹到 {mawb}…</translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_import.py" line="135" />
        <source>Import cancelled: nothing was imported.</source>
        <translation>导入已取消：未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../gui/consolidation_import.py" line="80" />
        <source>Import parcels into {mawb}</source>
        <translation>导入包裹到 {mawb}</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../gui/invoice_dialogs.py" line="206" />
        <source>Record payment on {number}</source>
        <translation>为 {number} 登记收款</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_dialogs.py" line="213" />
        <source>In {currency}; at most the {open} still open</source>
        <translation>以 {currency} 计;最多为未收的 {open}</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_dialogs.py" line="223" />
        <source>bank or receipt reference</source>
        <translation>银行或收据参考号</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_dialogs.py" line="224" />
        <source>&amp;Record</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_dialogs.py" line="232" />
        <source>Total {total} · paid {paid} · open {open}</source>
        <translation>合计 {total} · 已收 {paid} · 未收 {open}</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_dialogs.py" line="239" />
        <source>&amp;Amount ({currency}):</source>
        <translation>金额({currency})(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_dialogs.py" line="241" />
        <source>&amp;Paid on:</source>
        <translation>收款日期(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_dialogs.py" line="242" />
        <source>&amp;Method:</source>
        <translation>方式(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_dialogs.py" line="243" />
        <source>R&amp;eference:</source>
        <translation>参考号(&amp;E):</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_dialogs.py" line="253" />
        <source>a date like 2026-12-01</source>
        <translation>日期格式如 2026-12-01</translation>
    </message>
</context>
<context>
    <name>QuotePanel</name>
    <message>
        <location filename="../../gui/quote_panel.py" line="90" />
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../gui/quote_panel.py" line="93" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../gui/quote_panel.py" line="95" />
        <source>Billed</source>
        <translation>结算金额</translation>
    </message>
    <message>
        <location filename="../../gui/quote_panel.py" line="115" />
        <source>Weight and price</source>
        <translation>重量与价格</translation>
    </message>
    <message>
        <location filename="../../gui/quote_panel.py" line="118" />
        <source>Volume</source>
        <translation>体积</translation>
    </message>
    <message>
        <location filename="../../gui/quote_panel.py" line="118" />
        <source>Volumetric weight</source>
        <translation>体积重量</translation>
    </message>
    <message>
        <location filename="../../gui/quote_panel.py" line="118" />
        <source>Chargeable weight</source>
        <translation>计费重量</translation>
    </message>
    <message>
        <location filename="../../gui/quote_panel.py" line="133" />
        <source>The price shows once the lane, pieces, weight and dimensions are in.</source>
        <translation>填写航线、件数、重量和尺寸后显示报价。</translation>
    </message>
    <message>
        <location filename="../../gui/quote_panel.py" line="142" />
        <source>{kg} kg</source>
        <translation>{kg} kg</translation>
    </message>
</context>
<context>
    <name>RateImport</name>
    <message>
        <location filename="../../gui/rate_import.py" line="30" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../gui/rate_import.py" line="31" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../gui/rate_import.py" line="32" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../gui/rate_import.py" line="33" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>RateImportDialog</name>
    <message numerus="yes">
        <location filename="../../gui/rate_import.py" line="90" />
        <source>%n rows read, all valid: %1 tariffs to import.</source>
        <translation>
            <numerusform>已读取 %n 行,全部有效:将导入 %1 条运价。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/rate_import.py" line="93" />
        <source>%n rows read; %1 refused, %2 valid. Nothing is imported</source>
        <translation>
            <numerusform>已读取 %n 行;%1 行被拒绝,%2 行有效。不会导入任何内容</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/rate_import.py" line="96" />
        <source> unless you choose to import the valid rows.</source>
        <translation>,除非您选择只导入有效行。</translation>
    </message>
    <message>
        <location filename="../../gui/rate_import.py" line="97" />
        <source>: correct the sheet and import it again.</source>
        <translation>:请修改表格后重新导入。</translation>
    </message>
    <message>
        <location filename="../../gui/rate_import.py" line="104" />
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../gui/rate_import.py" line="82" />
        <source>Import a rate sheet</source>
        <translation>导入运价表</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../gui/settings_page.py" line="44" />
        <source>&amp;Office airport:</source>
        <translation>办事处机场(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="45" />
        <source>Number &amp;prefix:</source>
        <translation>编号前缀(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="46" />
        <source>Default &amp;currency:</source>
        <translation>默认币种(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="49" />
        <source>Company &amp;name:</source>
        <translation>公司名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="50" />
        <source>&amp;USCC:</source>
        <translation>统一社会信用代码(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="51" />
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="52" />
        <source>Cit&amp;y:</source>
        <translation>城市(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="53" />
        <source>Coun&amp;try:</source>
        <translation>国家(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="54" />
        <source>&amp;Bank account:</source>
        <translation>开户行及账号(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="55" />
        <source>Payment ter&amp;ms:</source>
        <translation>付款条件(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="56" />
        <source>Payment &amp;days:</source>
        <translation>付款天数(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="57" />
        <source>Ta&amp;x rate %:</source>
        <translation>税率 %(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="60" />
        <source>Where this office books from, e.g. CGO</source>
        <translation>本办事处订舱的始发机场，例如 CGO</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="61" />
        <source>Starts every number issued here: CGO1-I000001. Counters never restart.</source>
        <translation>本工作站开具的每个编号都以它开头：CGO1-I000001。计数器不会重新开始。</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="64" />
        <source>Offered first where a currency is chosen</source>
        <translation>选择币种时优先提供</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="67" />
        <source>Unified Social Credit Code, 18 characters</source>
        <translation>统一社会信用代码，18 位</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="68" />
        <source>Two letters, e.g. CN</source>
        <translation>两个字母，例如 CN</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="69" />
        <source>Days from the invoice to its due date</source>
        <translation>从开票到到期日的天数</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="70" />
        <source>VAT on charges without a rate of their own</source>
        <translation>未单独设置税率的费用所适用的增值税率</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="118" />
        <source>Loading settings…</source>
        <translation>正在载入设置…</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="140" />
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="141" />
        <source>Applies at once, and at the next start</source>
        <translation>立即生效，下次启动时仍然适用</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="142" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="143" />
        <source>Save the changes (Ctrl+S)</source>
        <translation>保存修改 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="144" />
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="145" />
        <source>Put back what is saved</source>
        <translation>恢复为已保存的内容</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="166" />
        <source>Nothing to save</source>
        <translation>没有需要保存的修改</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="169" />
        <source>Saving settings…</source>
        <translation>正在保存设置…</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="191" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="197" />
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="202" />
        <source>Not saved: see the field marked in red</source>
        <translation>未保存：请查看红色标出的字段</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="221" />
        <source>This workstation</source>
        <translation>本工作站</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="223" />
        <source>Display</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../gui/settings_page.py" line="230" />
        <source>Company on invoices</source>
        <translation>发票上的公司信息</translation>
    </message>
</context>
<context>
    <name>TariffEditorDialog</name>
    <message>
        <location filename="../../gui/tariff_editor.py" line="161" />
        <source>a date like 2026-12-01</source>
        <translation>日期格式如 2026-12-01</translation>
    </message>
    <message>
        <location filename="../../gui/tariff_editor.py" line="203" />
        <source>Edit tariff {lane}</source>
        <translation>编辑运价 {lane}</translation>
    </message>
    <message>
        <location filename="../../gui/tariff_editor.py" line="206" />
        <source>{lane} · carrier {carrier} · customer {customer}</source>
        <translation>{lane} · 承运人 {carrier} · 客户 {customer}</translation>
    </message>
    <message>
        <location filename="../../gui/tariff_editor.py" line="208" />
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../../gui/tariff_editor.py" line="209" />
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../gui/tariff_editor.py" line="213" />
        <source>Valid &amp;from:</source>
        <translation>生效日期(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../gui/tariff_editor.py" line="214" />
        <source>Valid &amp;to:</source>
        <translation>失效日期(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../gui/tariff_editor.py" line="215" />
        <source>C&amp;urrency:</source>
        <translation>币种(&amp;U):</translation>
    </message>
    <message>
        <location filename="../../gui/tariff_editor.py" line="216" />
        <source>&amp;Minimum charge (M):</source>
        <translation>最低收费 M(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../gui/tariff_editor.py" line="217" />
        <source>&amp;Normal rate (N) per kg:</source>
        <translation>普通运价 N 每公斤(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../gui/tariff_editor.py" line="223" />
        <source>{weight_break} per kg:</source>
        <translation>{weight_break} 每公斤:</translation>
    </message>
    <message>
        <location filename="../../gui/tariff_editor.py" line="225" />
        <source>open-ended</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <location filename="../../gui/tariff_editor.py" line="227" />
        <source>no break</source>
        <translation>无此分段</translation>
    </message>
</context>
<context>
    <name>TariffsPage</name>
    <message>
        <location filename="../../gui/tariffs_page.py" line="133" />
        <source>Loading tariffs…</source>
        <translation>正在加载运价…</translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_page.py" line="161" />
        <source>Ori&amp;gin:</source>
        <translation>始发站(&amp;G):</translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_page.py" line="162" />
        <source>&amp;Destination:</source>
        <translation>目的站(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_fields.py" line="27" />
        <source>per kg chargeable</source>
        <translation>按计费重量每公斤</translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_fields.py" line="28" />
        <source>per kg gross</source>
        <translation>按毛重每公斤</translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_fields.py" line="29" />
        <source>per AWB</source>
        <translation>每票运单</translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_fields.py" line="30" />
        <source>per house AWB</source>
        <translation>每票分运单</translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_fields.py" line="31" />
        <source>% of freight</source>
        <translation>运费百分比</translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_fields.py" line="33" />
        <location filename="../../gui/tariffs_page.py" line="164" />
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_fields.py" line="34" />
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_fields.py" line="35" />
        <source>open-ended</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_fields.py" line="36" />
        <source>minimum charge</source>
        <translation>最低收费</translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_fields.py" line="37" />
        <source>per kg</source>
        <translation>每公斤</translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_fields.py" line="77" />
        <source>Carrier</source>
        <translation>承运人</translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_fields.py" line="78" />
        <source>Origin</source>
        <translation>始发站</translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_fields.py" line="79" />
        <source>Destination</source>
        <translation>目的站</translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_fields.py" line="80" />
        <location filename="../../gui/tariffs_fields.py" line="163" />
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_fields.py" line="82" />
        <location filename="../../gui/tariffs_fields.py" line="177" />
        <location filename="../../gui/tariffs_fields.py" line="201" />
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_fields.py" line="87" />
        <location filename="../../gui/tariffs_fields.py" line="182" />
        <source>Valid to</source>
        <translation>失效日期</translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_fields.py" line="91" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_fields.py" line="93" />
        <source>Breaks</source>
        <translation>重量分段</translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_fields.py" line="99" />
        <source>SCRs</source>
        <translation>指定商品运价</translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_fields.py" line="109" />
        <source>Class</source>
        <translation>运价等级</translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_fields.py" line="114" />
        <source>From kg</source>
        <translation>起始公斤</translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_fields.py" line="120" />
        <location filename="../../gui/tariffs_fields.py" line="158" />
        <location filename="../../gui/tariffs_fields.py" line="198" />
        <source>Rate</source>
        <translation>费率</translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_fields.py" line="123" />
        <source>Per</source>
        <translation>计费单位</translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_fields.py" line="130" />
        <source>Commodity</source>
        <translation>商品代码</translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_fields.py" line="132" />
        <source>Commodity item number or HS code prefix</source>
        <translation>指定商品编号或 HS 编码前缀</translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_fields.py" line="137" />
        <source>Minimum kg</source>
        <translation>最低重量(公斤)</translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_fields.py" line="143" />
        <source>Rate per kg</source>
        <translation>每公斤费率</translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_fields.py" line="151" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_fields.py" line="152" />
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_fields.py" line="154" />
        <source>Basis</source>
        <translation>计费基础</translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_fields.py" line="165" />
        <source>Minimum</source>
        <translation>最低</translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_fields.py" line="171" />
        <source>Maximum</source>
        <translation>最高</translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_fields.py" line="187" />
        <source>Applies to</source>
        <translation>适用范围</translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_fields.py" line="195" />
        <source>Base</source>
        <translation>基准币种</translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_fields.py" line="196" />
        <source>Quote</source>
        <translation>报价币种</translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_page.py" line="165" />
        <source>Rates</source>
        <translation>运价</translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_fields.py" line="103" />
        <location filename="../../gui/tariffs_page.py" line="166" />
        <source>Specific commodity rates</source>
        <translation>指定商品运价</translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_page.py" line="167" />
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_page.py" line="168" />
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_page.py" line="169" />
        <source>&amp;Import rate sheet…</source>
        <translation>导入运价表(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_page.py" line="170" />
        <source>E&amp;xport to Excel…</source>
        <translation>导出到 Excel(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_page.py" line="172" />
        <source>&amp;Tariffs</source>
        <translation>运价(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_page.py" line="172" />
        <source>Other &amp;charges</source>
        <translation>其他费用(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_page.py" line="172" />
        <source>Exchange &amp;rates</source>
        <translation>汇率(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tariffs_page.py" line="208" />
        <source>%n tariffs</source>
        <translation>
            <numerusform>%n 条运价</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_page.py" line="239" />
        <source>Delete the tariff {lane} valid from {day}? Bookings keep the price they were made with.</source>
        <translation>删除自 {day} 起生效的运价 {lane}?已有订舱保留其订舱时的价格。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tariffs_page.py" line="251" />
        <source>%n tariffs imported</source>
        <translation>
            <numerusform>已导入 %n 条运价</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/tariffs_page.py" line="262" />
        <source>Exporting to {file}…</source>
        <translation>正在导出到 {file}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tariffs_page.py" line="269" />
        <source>%n tariffs exported to {file}</source>
        <translation>
            <numerusform>已将 %n 条运价导出到 {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../gui/error_codes.py" line="17" />
        <source>booking.not_found</source>
        <translation>找不到订舱 {key}</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="21" />
        <source>flight.not_found</source>
        <translation>找不到航班 {key}</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="20" />
        <source>customer.not_found</source>
        <translation>找不到客户 {key}</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="14" />
        <source>aircraft_type.not_found</source>
        <translation>找不到机型 {key}</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="15" />
        <source>airport.not_found</source>
        <translation>找不到机场 {key}</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="16" />
        <source>awb_stock.not_found</source>
        <translation>找不到运单号库存 {key}</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="18" />
        <source>carrier.not_found</source>
        <translation>找不到航空公司 {key}</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="19" />
        <source>consolidation.not_found</source>
        <translation>找不到集拼 {key}</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="22" />
        <source>house.not_found</source>
        <translation>找不到分运单 {key}</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="24" />
        <source>invoice_document.not_found</source>
        <translation>找不到发票 {key} 的 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="25" />
        <source>route.not_found</source>
        <translation>找不到航线 {key}</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="31" />
        <source>allotment.share_out_of_range</source>
        <translation>舱位配额比例应在 0 至 100 % 之间</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="32" />
        <source>flight.allotment_below_booked</source>
        <translation>已订舱 {booked_weight_kg} kg、{booked_volume_m3} 立方米，舱位配额不能低于此数</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="33" />
        <source>flight.cancelled</source>
        <translation>航班 {flight} 已被航空公司取消，没有可生成的舱单</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="34" />
        <source>flight.capacity</source>
        <translation>航班 {flight_label} 剩余舱位 {remaining_weight_kg} kg、{remaining_volume_m3} 立方米；本票需要 {requested_weight_kg} kg、{requested_volume_m3} 立方米</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="35" />
        <source>flight.closed</source>
        <translation>航班 {flight_label} 已关舱，不能再订舱</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="36" />
        <source>flight.date_required</source>
        <translation>请填写当地起飞日期</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="37" />
        <source>flight.departed</source>
        <translation>航班 {flight_number}（{departure_date}）已起飞</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="38" />
        <source>flight.key</source>
        <translation>请按“航班号 日期”填写航班，例如 CA1234 2026-12-01（输入的是 {value}）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="39" />
        <source>flight.lane</source>
        <translation>航班 {flight_number}（{departure_date}）执飞 {origin}-{destination}，不是 {wanted}</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="40" />
        <source>flight.required</source>
        <translation>请选择航班</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="41" />
        <source>route.day_offset</source>
        <translation>到达日只能是起飞当天或之后 1、2 天</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="42" />
        <source>route.flight_carrier</source>
        <translation>{flight_number} 不是 {carrier} 的航班号</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="43" />
        <source>route.same_airport</source>
        <translation>目的港不能与始发港相同</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="44" />
        <source>route.share</source>
        <translation>应大于 0 且不超过 {maximum} {unit}，最多 {places} 位小数</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="49" />
        <source>booking.cancelled</source>
        <translation>订舱 {booking} 已取消</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="50" />
        <source>booking.request_reused</source>
        <translation>请求编号 {request_id} 已用于订舱 {booking}，但货物信息不同</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="51" />
        <source>cli.required</source>
        <translation>请给出运价编号或目的港</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="52" />
        <source>customer.account_fixed</source>
        <translation>客户账号保持为 {account} 不可修改；如需新账号请新建客户</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="53" />
        <source>customer.duplicate_account</source>
        <translation>客户账号 {account} 已被其他客户使用</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="54" />
        <source>dimensions.pieces_mismatch</source>
        <translation>尺寸行合计 {counted} 件，但订舱件数为 {pieces} 件</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="55" />
        <source>milestone.before_previous</source>
        <translation>时间早于上一个节点</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="56" />
        <source>milestone.future</source>
        <translation>不能提前登记尚未发生的节点</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="57" />
        <source>milestone.order</source>
        <translation>节点 {milestone} 不能接在 {latest} 之后</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="58" />
        <source>milestone.space_unconfirmed</source>
        <translation>节点 {milestone} 需要航空公司先确认舱位（当前舱位状态：{space_status}）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="59" />
        <source>milestone.unknown</source>
        <translation>节点代码应为以下之一：{choices}（输入的是 {value}）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="60" />
        <source>payment.unknown</source>
        <translation>付款方式应为以下之一：{choices}（输入的是 {value}）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="61" />
        <source>rebook.same_flight</source>
        <translation>该订舱已在这个航班上</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="62" />
        <source>sort.unknown</source>
        <translation>排序方式应为以下之一：{choices}（输入的是 {value}）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="63" />
        <source>space_status.unknown</source>
        <translation>舱位状态应为以下之一：{choices}（输入的是 {value}）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="64" />
        <source>volume.range</source>
        <translation>体积应大于 0 且不超过 {maximum} 立方米</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="65" />
        <source>volume.required</source>
        <translation>请填写尺寸行或体积（立方米）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="70" />
        <source>awb.already_voided</source>
        <translation>运单号 {awb} 已作废</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="71" />
        <source>awb.cancelled</source>
        <translation>订舱 {booking} 已取消，运单号 {awb} 已作废，不能打印</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="72" />
        <source>awb.check_digit</source>
        <translation>运单号 {number} 的校验位应为 {expected}（流水号 {serial} 除以 7 的余数），不是 {given}</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="73" />
        <source>awb.copies</source>
        <translation>正本和副本份数应为 1 至 {max_count} 份（现为 {count} 份）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="74" />
        <source>awb.currency</source>
        <translation>有价运单需要填写币种</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="75" />
        <source>awb.format</source>
        <translation>运单号为 11 位数字，例如 176-12345675（输入的是 {text}）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="76" />
        <source>awb.in_use</source>
        <translation>运单号 {awb} 正被订舱 {booking} 使用，请改为取消该订舱</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="77" />
        <source>awb.prefix_format</source>
        <translation>航空公司前缀为 3 位数字（输入的是 {prefix}）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="78" />
        <source>awb.serial_range</source>
        <translation>运单流水号为 7 位数字（输入的是 {serial}）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="79" />
        <source>carrier.prefix_taken</source>
        <translation>运单前缀 {prefix} 已属于 {carrier}</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="80" />
        <source>serial.format</source>
        <translation>流水号为 7 位数字，含校验位为 8 位，或填写 11 位运单号（输入的是 {text}）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="81" />
        <source>stock.exhausted</source>
        <translation>{carrier}（{prefix}）的运单号已用完，请添加号段</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="82" />
        <source>stock.order</source>
        <translation>结束号不能小于起始号</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="83" />
        <source>stock.overlap</source>
        <translation>号段 {first}-{last} 与库存中已有的号段 {clash_first}-{clash_last} 重叠</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="84" />
        <source>stock.threshold</source>
        <translation>库存预警数应为 0 至 {maximum}</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="89" />
        <source>bubble_share.out_of_range</source>
        <translation>抛货分成比例应在 0 至 100 % 之间</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="90" />
        <source>dimension.empty</source>
        <translation>请至少填写一行 长x宽x高</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="91" />
        <source>dimension.format</source>
        <translation>尺寸请写成 长x宽x高 或 长x宽x高x件数（厘米），输入的是 {text}</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="92" />
        <source>dimension.not_a_number</source>
        <translation>{value} 不是数字</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="93" />
        <source>dimension.not_positive</source>
        <translation>尺寸至少为 1 厘米（输入的是 {value}）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="94" />
        <source>dimension.too_large</source>
        <translation>尺寸不能超过 {maximum} 厘米（输入的是 {value}）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="95" />
        <source>pieces.not_an_integer</source>
        <translation>{value} 不是整数</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="96" />
        <source>pieces.not_positive</source>
        <translation>至少 1 件</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="97" />
        <source>pieces.range</source>
        <translation>件数应为 1 至 {maximum}</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="98" />
        <source>pieces.too_many</source>
        <translation>最多 {maximum} 件</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="99" />
        <source>weight.not_a_number</source>
        <translation>{value} 不是数字</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="100" />
        <source>weight.not_positive</source>
        <translation>重量必须大于 0 kg</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="101" />
        <source>weight.precision</source>
        <translation>重量最多 3 位小数（精确到克）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="102" />
        <source>weight.too_large</source>
        <translation>重量不能超过 {maximum} kg</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="107" />
        <source>charge.ambiguous</source>
        <translation>有两条 {charge} 费用规则都从 {valid_from} 开始生效，请只保留一条</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="108" />
        <source>charge.basis</source>
        <translation>{value} 不是以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="109" />
        <source>charge.code</source>
        <translation>{text} 不是 2 个字母（A-Z）的费用代码</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="110" />
        <source>charge.currency_mismatch</source>
        <translation>{charge} 费用的币种是 {charge_currency}，但运费币种是 {freight_currency}，请先换算</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="111" />
        <source>charge.due</source>
        <translation>应为 A（代理人）或 C（承运人）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="112" />
        <source>charge.limits</source>
        <translation>不能低于最低收费（{minimum}）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="113" />
        <source>charge.quantity</source>
        <translation>应为 0 或更大的数（输入的是 {value}）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="114" />
        <source>currency.required</source>
        <translation>请填写币种</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="115" />
        <source>currency.unknown</source>
        <translation>{text} 不是有效的币种代码</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="116" />
        <source>fx.missing</source>
        <translation>{day} 及之前没有 {base}/{quote} 汇率</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="117" />
        <source>fx.pair_mismatch</source>
        <translation>{base}/{quote} 汇率不能把 {currency} 换算成 {to}</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="118" />
        <source>fx.too_fine</source>
        <translation>1 {base} = {rate} {quote} 超过 {places} 位小数，请直接填写 {base}/{quote} 汇率</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="119" />
        <source>money.negative</source>
        <translation>金额不能为负数</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="120" />
        <source>money.not_a_number</source>
        <translation>{value} 不是数字</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="121" />
        <source>money.not_positive</source>
        <translation>金额必须大于 0</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="122" />
        <source>money.precision</source>
        <translation>{currency} 金额最多 {places} 位小数</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="123" />
        <source>money.too_large</source>
        <translation>金额不能超过 {maximum}</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="124" />
        <source>percent.range</source>
        <translation>应为 0 至 100，最多两位小数</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="125" />
        <source>rate.not_a_number</source>
        <translation>费率不是数字</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="126" />
        <source>rate.not_positive</source>
        <translation>费率超出允许范围（{value}）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="127" />
        <source>rate.precision</source>
        <translation>费率最多 {places} 位小数（输入的是 {value}）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="128" />
        <source>tariff.break_unknown</source>
        <translation>{break_kg} kg 不是重量分段，请使用：{breaks}</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="129" />
        <source>tariff.commodity_code</source>
        <translation>{text} 不是品名代码或海关编码前缀（2 至 10 位数字）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="130" />
        <source>tax_rate.code</source>
        <translation>{value} 不是费用代码（例如 FRT、CH）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="131" />
        <source>tax_rate.range</source>
        <translation>{charge_code} 的税率应为 0 至 100 的百分比，最多两位小数</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="136" />
        <source>credit.already_credited</source>
        <translation>发票 {invoice} 的第 {line} 行已开过红字</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="137" />
        <source>credit.before_invoice</source>
        <translation>开票日期 {issue_date} 早于发票 {invoice} 的日期（{invoice_date}）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="138" />
        <source>credit.no_lines</source>
        <translation>请至少选择一行</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="139" />
        <source>credit.unknown_line</source>
        <translation>发票 {invoice} 没有第 {line} 行（共 {lines} 行）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="140" />
        <source>date.format</source>
        <translation>日期格式应为 2026-12-01（输入的是 {value}）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="141" />
        <source>date.order</source>
        <translation>结束日期早于开始日期（{date_from}）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="142" />
        <source>days.range</source>
        <translation>应为 0 至 {maximum} 的整数天数</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="143" />
        <source>export.format</source>
        <translation>导出格式只能是 csv 或 xlsx</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="144" />
        <source>invoice.already_billed</source>
        <translation>订舱 {booking} 已在账单 {invoice} 上;请先开具红字通知单</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="145" />
        <source>invoice.credit_of_credit</source>
        <translation>{invoice} 是红字发票，请对其更正的原发票开红字</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="146" />
        <source>invoice.currency_mismatch</source>
        <translation>{currency} 与发票币种 {invoice_currency} 不同，请先换算再开票</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="147" />
        <source>invoice.document_damaged</source>
        <translation>{number} 存储的 PDF 与其 SHA-256 校验值不符，请从备份恢复数据库</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="148" />
        <source>invoice.fully_credited</source>
        <translation>发票 {invoice} 已全额开红字</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="149" />
        <source>invoice.kind</source>
        <translation>类型应为 invoice（发票）或 credit_note（红字发票）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="150" />
        <source>invoice.mixed_currencies</source>
        <translation>这些订舱的计价币种为 {currencies}；同一张发票只能包含同一币种的订舱</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="151" />
        <source>invoice.mixed_customers</source>
        <translation>一张发票只能开给一个客户：{customers}</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="152" />
        <source>invoice.no_bookings</source>
        <translation>请至少选择一票订舱</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="153" />
        <source>invoice.no_lines</source>
        <translation>发票至少需要一行</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="154" />
        <source>invoice.original_number</source>
        <translation>红字发票必须填写原发票号，普通发票不能填写</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="155" />
        <source>invoice.state</source>
        <translation>状态应为以下之一：{choices}（输入的是 {value}）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="156" />
        <source>invoice.totals</source>
        <translation>{total} 合计不符（应为 {expected}）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="157" />
        <source>invoice.unpriced</source>
        <translation>订舱 {booking} 没有价格:订舱时没有运价覆盖该航线</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="158" />
        <source>payment.choice</source>
        <translation>付款方式应为 PP（预付）或 CC（到付）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="159" />
        <source>payment.credit_note</source>
        <translation>{invoice} 是红字发票，无需付款</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="160" />
        <source>payment.currency</source>
        <translation>发票 {invoice} 的币种是 {invoice_currency}，不是 {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="161" />
        <source>payment.overpaid</source>
        <translation>金额超过尚未收取的 {open}</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="166" />
        <source>lithium.fully_regulated</source>
        <translation>{packing_instruction}（单独运输的电池）自 2022 年 4 月 1 日起不再适用第 II 部分，属于完全受管制的危险品，请交由危险品专员办理</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="167" />
        <source>lithium.fully_regulated_shc</source>
        <translation>{shc} 表示完全受管制的锂电池，本系统只接受第 II 部分的锂电池，请交由危险品专员办理</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="168" />
        <source>lithium.missing_rating</source>
        <translation>{packing_instruction} 需要填写电芯或电池的额定值（{unit}），才能核对第 II 部分限值</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="169" />
        <source>lithium.over_section_ii</source>
        <translation>{value} {unit} 超过第 II 部分限值 {limit} {unit}，属于完全受管制的危险品，请交由危险品专员办理</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="170" />
        <source>lithium.packing_instruction_required</source>
        <translation>已申报锂电池，请填写包装说明（PI966、PI967、PI969 或 PI970）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="171" />
        <source>lithium.shc_mismatch</source>
        <translation>{shc} 与 {packing_instruction} 不符，应使用 {required}</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="172" />
        <source>lithium.shc_without_declaration</source>
        <translation>{shc} 需要填写锂电池申报（包装说明和额定值）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="173" />
        <source>lithium.state_of_charge</source>
        <translation>单独运输的锂离子电池荷电状态不得超过 {limit} %</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="174" />
        <source>lithium.unknown_packing_instruction</source>
        <translation>包装说明应为 PI966、PI967、PI969 或 PI970（输入的是 {packing_instruction}）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="175" />
        <source>security_status.unknown</source>
        <translation>安检状态应为 SPX、SCO 或 NSC（输入的是 {value}）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="176" />
        <source>shc.security_in_shc</source>
        <translation>{shc} 是安检状态，请填在安检状态中，不要作为特殊操作代码</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="177" />
        <source>shc.too_many</source>
        <translation>特殊操作代码最多 {max_count} 个</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="178" />
        <source>shc.unknown</source>
        <translation>未知的特殊操作代码 {shc}</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="183" />
        <source>parcels.mapping_syntax</source>
        <translation>列映射请写成 列名=字段</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="184" />
        <source>consolidation.blocked</source>
        <translation>主运单 {mawb} 有 {blocked} 票分运单存在阻止放行的海关问题，请先运行海关检查（freightdesk check {mawb}）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="185" />
        <source>consolidation.closed</source>
        <translation>该集拼已关闭：请先填写原因重新打开再操作</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="186" />
        <source>consolidation.empty</source>
        <translation>该集拼没有分运单，无法关闭</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="187" />
        <source>consolidation.open</source>
        <translation>该集拼已经是打开状态</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="188" />
        <source>consolidation.request_reused</source>
        <translation>该请求编号已用于一票普通订舱，不是集拼</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="189" />
        <source>house.duplicate_order</source>
        <translation>该平台订单号已在分运单 {house_number} 中使用</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="190" />
        <source>customs_mode.unknown</source>
        <translation>未知的报关方式 {value}</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="191" />
        <source>ioss.text</source>
        <translation>IOSS 编号最多 12 位字母和数字，例如 IM2760000123（输入的是 {value}）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="192" />
        <source>items.required</source>
        <translation>至少需要一行货物明细</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="193" />
        <source>items.too_many</source>
        <translation>每票分运单的货物明细行数超出上限</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="194" />
        <source>parcels.mapping_column</source>
        <translation>文件中没有 {column} 这一列</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="195" />
        <source>parcels.mapping_target</source>
        <translation>{target} 不是包裹模板中的列，{column} 无法对应</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="196" />
        <source>value.required</source>
        <translation>请填写单价（申报价值）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="201" />
        <source>manifest.what</source>
        <translation>请给出航班，或用 --house 给出主单号</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="202" />
        <source>file.is_folder</source>
        <translation>{path} 是文件夹，请给出以 .pdf 结尾的文件名</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="203" />
        <source>file.no_folder</source>
        <translation>无法写入 {path}：文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="204" />
        <source>file.unwritable</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="205" />
        <source>labels.piece_digits</source>
        <translation>标签件号位数应为 3 至 6 位</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="206" />
        <source>manifest.house_without_master</source>
        <translation>分运单须列在其主运单之下，主运单应排在最前</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="207" />
        <source>manifest.kind</source>
        <translation>类型应为 master（主运单）或 house（分运单）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="208" />
        <source>manifest.totals_too_large</source>
        <translation>合计 {total} 太大，无法打印</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="209" />
        <source>seller.address_too_long</source>
        <translation>地址、城市和国家合计最多 {max_len} 个字符（现为 {length} 个）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="210" />
        <source>seller.missing</source>
        <translation>尚未设置，请先填写本公司（开票方）信息</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="211" />
        <source>sheet.encoding</source>
        <translation>文件既不是 UTF-8 也不是 GBK 编码（第 {byte} 个字节）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="212" />
        <source>sheet.format</source>
        <translation>{file}：请选择 .csv 或 .xlsx 文件</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="213" />
        <source>sheet.required</source>
        <translation>费率为空</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="214" />
        <source>sheet.text_expected</source>
        <translation>应为文本，而不是{kind}单元格（请将该列设为文本格式）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="215" />
        <source>sheet.unreadable</source>
        <translation>无法读取 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="220" />
        <source>code.format</source>
        <translation>格式不正确，应类似 {example}</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="221" />
        <source>country.unknown</source>
        <translation>未知的国家代码 {value}（ISO 3166-1 两位字母代码，例如 CN）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="222" />
        <source>datetime.format</source>
        <translation>请填写日期和时间，例如 2026-12-01T14:30</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="223" />
        <source>email.invalid</source>
        <translation>电子邮件地址无效</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="224" />
        <source>job.cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="225" />
        <source>number.format</source>
        <translation>请填写数字</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="226" />
        <source>number.not_finite</source>
        <translation>必须是有限的数字</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="227" />
        <source>number.not_positive</source>
        <translation>必须大于 0（输入的是 {value}）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="228" />
        <source>number.out_of_range</source>
        <translation>不能超过 {maximum}</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="229" />
        <source>number.precision</source>
        <translation>最多 {places} 位小数</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="230" />
        <source>number.range</source>
        <translation>应为 {minimum} 至 {maximum} 之间的数</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="231" />
        <source>number.too_long</source>
        <translation>{value} 太长，无法打印（最多 {max_len} 个字符）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="232" />
        <source>number.type</source>
        <translation>请填写数字</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="233" />
        <source>page.range</source>
        <translation>每页条数超出范围</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="234" />
        <source>phone.characters</source>
        <translation>只能包含数字、空格和 + - ( )（输入的是 {text}）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="235" />
        <source>phone.too_short</source>
        <translation>至少 {min_digits} 位数字（现为 {digits} 位）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="236" />
        <source>setting.unknown</source>
        <translation>{value} 不是以下设置之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="237" />
        <source>text.control_character</source>
        <translation>第 {position} 个字符是不允许的控制字符 {codepoint}</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="238" />
        <source>text.encoding</source>
        <translation>第 {position} 个字符的编码无效</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="239" />
        <source>text.newline</source>
        <translation>此处不允许换行（第 {position} 个字符）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="240" />
        <source>text.required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="241" />
        <source>text.script</source>
        <translation>{script} 字符无法打印在单证上，请改用拉丁字母（拼音）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="242" />
        <source>text.too_long</source>
        <translation>最多 {max_len} 个字符（现为 {length} 个）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="243" />
        <source>text.type</source>
        <translation>应为文本</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="244" />
        <source>time.format</source>
        <translation>请填写当地时间，例如 02:10（输入的是 {value}）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="245" />
        <source>uscc.invalid</source>
        <translation>统一社会信用代码无效：应为 18 位，校验位须正确</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="246" />
        <source>validity.order</source>
        <translation>失效日期不能早于生效日期（{valid_from}）</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="23" />
        <source>invoice.not_found</source>
        <translation>找不到发票 {key}</translation>
    </message>
    <message>
        <location filename="../../gui/error_codes.py" line="26" />
        <source>tariff.not_found</source>
        <translation>找不到运价 {key}</translation>
    </message>
    <message>
        <location filename="../../gui/errors.py" line="41" />
        <source>Unexpected error: {error}</source>
        <translation>意外错误：{error}</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <location filename="../../gui/finding_codes.py" line="15" />
        <source>customs.party_incomplete</source>
        <translation>发货人和收件人的名称、街道地址、城市和国家均须填写</translation>
    </message>
    <message>
        <location filename="../../gui/finding_codes.py" line="16" />
        <source>house.description_missing</source>
        <translation>每个货物明细都须填写申报品名</translation>
    </message>
    <message>
        <location filename="../../gui/finding_codes.py" line="17" />
        <source>house.duplicate</source>
        <translation>分运单号 {house_awb} 在本集拼中出现了不止一次</translation>
    </message>
    <message>
        <location filename="../../gui/finding_codes.py" line="18" />
        <source>house.item_quantity</source>
        <translation>数量必须大于 0（现为 {value}）</translation>
    </message>
    <message>
        <location filename="../../gui/finding_codes.py" line="19" />
        <source>house.no_items</source>
        <translation>分运单至少需要一条货物明细（申报品名、海关编码、货值）</translation>
    </message>
    <message>
        <location filename="../../gui/finding_codes.py" line="20" />
        <source>house.pieces</source>
        <translation>件数必须大于 0（现为 {value}）</translation>
    </message>
    <message>
        <location filename="../../gui/finding_codes.py" line="21" />
        <source>house.value_negative</source>
        <translation>单价不能为负数（现为 {value}）</translation>
    </message>
    <message>
        <location filename="../../gui/finding_codes.py" line="22" />
        <source>house.weight</source>
        <translation>毛重必须大于 0 克（现为 {value} 克）</translation>
    </message>
    <message>
        <location filename="../../gui/finding_codes.py" line="27" />
        <source>customs.hs_code_format</source>
        <translation>海关编码 {value} 应为 6 到 10 位数字（现为 {digits} 位）</translation>
    </message>
    <message>
        <location filename="../../gui/finding_codes.py" line="28" />
        <source>customs.hs_code_missing</source>
        <translation>须填写至少 6 位数字的海关编码</translation>
    </message>
    <message>
        <location filename="../../gui/finding_codes.py" line="29" />
        <source>customs.rate_missing</source>
        <translation>没有 {day} 及之前的 {base}/{quote} 汇率，无法核对货值限额，请先录入汇率</translation>
    </message>
    <message>
        <location filename="../../gui/finding_codes.py" line="34" />
        <source>cn.customs_mode_missing</source>
        <translation>每票分运单都须填写中国跨境电商监管方式：9610、9710、9810 或 1210</translation>
    </message>
    <message>
        <location filename="../../gui/finding_codes.py" line="35" />
        <source>cn.customs_mode_unknown</source>
        <translation>未知的监管方式 {value}：应为 9610、9710、9810 或 1210</translation>
    </message>
    <message>
        <location filename="../../gui/finding_codes.py" line="36" />
        <source>cn.general_declaration</source>
        <translation>9610 包裹货值 {value}，超过 {limit}：请改为一般贸易报关，不走 9610 清单申报</translation>
    </message>
    <message>
        <location filename="../../gui/finding_codes.py" line="41" />
        <source>eu.flat_duty</source>
        <translation>进口时应缴欧盟关税 {duty}：每个税号 {per_item} × {tariff_items} 个不同税号（B2C 货值 {value}）</translation>
    </message>
    <message>
        <location filename="../../gui/finding_codes.py" line="42" />
        <source>ics2.description_not_english</source>
        <translation>申报品名须为英文（欧盟 ICS2）：{description}</translation>
    </message>
    <message>
        <location filename="../../gui/finding_codes.py" line="43" />
        <source>ics2.vague_description</source>
        <translation>申报品名“{description}”过于笼统，不符合欧盟 ICS2 要求：请写明具体货物，例如 men's cotton T-shirts</translation>
    </message>
    <message>
        <location filename="../../gui/finding_codes.py" line="44" />
        <source>ics2.vague_term</source>
        <translation>申报品名“{description}”含有笼统词语 {vague_terms}，其余部分已写明具体货物，但海关仍可能查询</translation>
    </message>
    <message>
        <location filename="../../gui/finding_codes.py" line="45" />
        <source>ioss.malformed</source>
        <translation>{value} 不是有效的 IOSS 编号：应为 IM 加 10 位数字，例如 IM2760000001</translation>
    </message>
    <message>
        <location filename="../../gui/finding_codes.py" line="46" />
        <source>ioss.missing</source>
        <translation>B2C 货值 {value}（未超过 150 欧元）但没有 IOSS 编号：进口时将向收件人征收增值税</translation>
    </message>
    <message>
        <location filename="../../gui/finding_codes.py" line="47" />
        <source>ioss.not_b2c</source>
        <translation>B2B 货物填写了 IOSS 编号 {value}：IOSS 只适用于面向消费者的销售</translation>
    </message>
    <message>
        <location filename="../../gui/finding_codes.py" line="48" />
        <source>ioss.over_threshold</source>
        <translation>货值 {value} 超过 {threshold}，不能使用 IOSS 编号：增值税和关税在进口时缴纳</translation>
    </message>
    <message>
        <location filename="../../gui/finding_codes.py" line="53" />
        <source>us.hts_incomplete</source>
        <translation>海关编码 {value} 只有 {digits} 位：美国报关需要 10 位 HTSUS 编码</translation>
    </message>
    <message>
        <location filename="../../gui/finding_codes.py" line="54" />
        <source>us.no_de_minimis</source>
        <translation>美国自 {since} 起取消小额免税：本票须正式或非正式报关并缴纳关税，报关资料须完整</translation>
    </message>
    <message>
        <location filename="../../gui/finding_codes.py" line="55" />
        <source>us.origin_missing</source>
        <translation>须填写原产国（美国报关）：原产国决定关税税率</translation>
    </message>
    <message>
        <location filename="../../gui/finding_codes.py" line="56" />
        <source>us.value_missing</source>
        <translation>须填写大于 0 的单价（美国报关）：关税按货值计征</translation>
    </message>
    <message>
        <location filename="../../gui/finding_codes.py" line="61" />
        <source>lithium.fully_regulated</source>
        <translation>{packing_instruction}（单独运输的电池）自 2022 年 4 月 1 日起不再适用第 II 部分，属于完全受管制的危险品，请交由危险品专员办理</translation>
    </message>
    <message>
        <location filename="../../gui/finding_codes.py" line="62" />
        <source>lithium.fully_regulated_shc</source>
        <translation>{shc} 表示完全受管制的锂电池，本系统只接受第 II 部分的锂电池，请交由危险品专员办理</translation>
    </message>
    <message>
        <location filename="../../gui/finding_codes.py" line="63" />
        <source>lithium.missing_rating</source>
        <translation>{packing_instruction} 需要填写电芯或电池的额定值（{unit}），才能核对第 II 部分限值</translation>
    </message>
    <message>
        <location filename="../../gui/finding_codes.py" line="64" />
        <source>lithium.over_section_ii</source>
        <translation>{value} {unit} 超过第 II 部分限值 {limit} {unit}，属于完全受管制的危险品，请交由危险品专员办理</translation>
    </message>
    <message>
        <location filename="../../gui/finding_codes.py" line="65" />
        <source>lithium.shc_mismatch</source>
        <translation>特殊操作代码 {shc} 与 {packing_instruction} 不符，应使用 {required}</translation>
    </message>
    <message>
        <location filename="../../gui/finding_codes.py" line="66" />
        <source>lithium.shc_missing</source>
        <translation>已申报 {packing_instruction} 锂电池：请在特殊操作代码中加上 {required}</translation>
    </message>
    <message>
        <location filename="../../gui/finding_codes.py" line="67" />
        <source>lithium.shc_without_declaration</source>
        <translation>特殊操作代码 {shc} 需要锂电池申报（包装说明和额定值）</translation>
    </message>
    <message>
        <location filename="../../gui/finding_codes.py" line="68" />
        <source>lithium.state_of_charge</source>
        <translation>自 2026 年 1 月 1 日起，PI966 中超过 2.7 Wh 的电芯和电池须填写荷电状态，且不得超过 {limit} %</translation>
    </message>
    <message>
        <location filename="../../gui/finding_codes.py" line="69" />
        <source>lithium.undeclared</source>
        <translation>申报品名提到“{words}”，但本票没有锂电池申报：请填写包装说明、额定值和荷电状态</translation>
    </message>
    <message>
        <location filename="../../gui/finding_codes.py" line="70" />
        <source>lithium.unknown_packing_instruction</source>
        <translation>包装说明应为 PI966、PI967、PI969 或 PI970（现为 {packing_instruction}）</translation>
    </message>
    <message>
        <location filename="../../gui/finding_codes.py" line="71" />
        <source>shc.too_many</source>
        <translation>特殊操作代码最多 {max_count} 个，无法再加上 {shc}</translation>
    </message>
</context>
</TS>