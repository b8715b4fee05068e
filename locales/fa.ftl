## Main menu and general
start-greeting =
    سلام { $name }! به «کاریار» خوش آمدید 🌱
    کاریار دستیار شما برای ثبت و پیگیری کسب‌وکار خانگی و تسهیلات اشتغال روستایی است.
    از دکمه‌های پایین صفحه یکی را انتخاب کنید.
menu-register = 📝 ثبت کسب‌وکار خانگی
menu-my-applications = 📂 درخواست‌های من
menu-track = 🔎 پیگیری با کد رهگیری
menu-programs = 💼 وام‌ها و حمایت‌ها
menu-fit = 🎯 کدام وام مناسب من است؟
menu-queue = 📥 پرونده‌های شهرستان
menu-help = ❓ راهنما
menu-settings = ⚙️ تنظیمات
menu-language = 🌐 زبان / Language
menu-shown = منوی اصلی 👇
help-text =
    راهنمای کاریار:
    • «ثبت کسب‌وکار خانگی»: چند پرسش ساده می‌پرسیم و درخواست مجوز کسب‌وکار خانگی شما را ثبت می‌کنیم. در پایان یک کد رهگیری می‌گیرید.
    • «درخواست‌های من»: وضعیت و سابقهٔ درخواست‌هایتان را ببینید.
    • «پیگیری با کد رهگیری»: کد هشت‌رقمی را بفرستید تا وضعیت را ببینید.
    • هر وقت خواستید از ثبت‌نام بیرون بیایید، /cancel را بفرستید.
    • ارقام را می‌توانید فارسی یا انگلیسی بنویسید.
    • «تنظیمات»: یادآوری‌ها و اطلاعیه‌ها را خاموش یا روشن کنید.
    • /mydata اطلاعاتی که از شما داریم را می‌فرستد و /deleteme آن‌ها را پاک می‌کند.
language-choose = زبان را انتخاب کنید / Choose your language:
language-changed = زبان فارسی انتخاب شد.
unhandled-text = متوجه نشدم 🙏 لطفاً از دکمه‌های منو استفاده کنید یا برای راهنما /help را بفرستید.
unhandled-callback = این دکمه دیگر فعال نیست.
flood-slow-down = پیام‌هایتان رسید 🙏 یکی‌یکی و با کمی فاصله جواب می‌دهم؛ لازم نیست دوباره بفرستید.
error-generic = متأسفیم، مشکلی پیش آمد. لطفاً چند لحظه بعد دوباره امتحان کنید.
cancel-nothing = کاری در جریان نیست که لغو شود.
cancel-done = لغو شد. هر وقت خواستید دوباره شروع کنید.

## Registration questions
reg-intro = ثبت کسب‌وکار خانگی را شروع می‌کنیم. به { $count } پرسش کوتاه پاسخ دهید. برای لغو در هر مرحله /cancel را بفرستید.
reg-ask-fullName = نام و نام خانوادگی خود را بنویسید:
reg-ask-nationalId = کد ملی ده‌رقمی خود را بنویسید:
reg-ask-phone = شمارهٔ تلفن همراه خود را با دکمهٔ «ارسال شمارهٔ من» بفرستید یا بنویسید (مثل ۰۹۱۲۳۴۵۶۷۸۹):
reg-share-phone = 📱 ارسال شمارهٔ من
reg-ask-regionId = شهرستان محل کسب‌وکار را انتخاب کنید (صفحهٔ { $page } از { $pages }):
reg-ask-village = نام روستا یا شهر را بنویسید:
reg-ask-village-list = روستا یا شهر را از فهرست انتخاب کنید (صفحهٔ { $page } از { $pages })، یا اگر در فهرست نیست نامش را بنویسید:
reg-ask-category = زمینهٔ فعالیت کسب‌وکار را انتخاب کنید:
reg-ask-businessName = نام کسب‌وکار را بنویسید (مثلاً «عسل طبیعی کوهپایه»):
reg-ask-description = کسب‌وکار خود را در یکی دو جمله توضیح دهید (چه تولید می‌کنید یا چه خدمتی می‌دهید):
reg-ask-workplaceKind = محل کار کجاست؟
reg-ask-plannedJobs = این کسب‌وکار برای چند نفر (با خودتان) شغل ایجاد می‌کند؟
reg-ask-capitalRials = سرمایهٔ لازم چقدر است؟ به تومان بنویسید (مثلاً ۵۰۰٬۰۰۰٬۰۰۰ یا ۵۰۰ میلیون):
btn-prev = ◀️ قبلی
btn-next = بعدی ▶️

## Registration errors (each followed by the same question again)
err-too-long = این پاسخ بیش از حد طولانی است: حداکثر { $max } نویسه.
err-needs-letters = لطفاً با حروف بنویسید.
err-full-name = نام و نام خانوادگی را کامل بنویسید (مثلاً «زهرا احمدی»).
err-full-name-letters = نام فقط باید حروف داشته باشد، بدون عدد و نشانه.
err-national-id = این کد ملی درست نیست. کد ملی ده رقم دارد؛ لطفاً دوباره از روی کارت ملی بنویسید.
err-contact-not-own = لطفاً شمارهٔ خودتان را بفرستید، نه شمارهٔ شخص دیگری را.
err-village = نام روستا یا شهر را بنویسید (دست‌کم دو حرف).
err-business-name = نام کسب‌وکار را بنویسید (دست‌کم دو حرف).
err-description = توضیح کمی بیشتر لازم است (دست‌کم ده حرف، حداکثر پانصد).
err-number = لطفاً فقط یک عدد بنویسید.
err-jobs-range = تعداد شغل باید بین ۱ و ۲۰۰ باشد.
err-capital-range = سرمایه باید بین یک میلیون و هزار میلیارد تومان باشد.
err-text-expected = لطفاً پاسخ را به صورت متن بنویسید.
err-use-buttons = لطفاً یکی از دکمه‌ها را انتخاب کنید.
err-registration-invalid = بعضی پاسخ‌ها معتبر نیستند. لطفاً ثبت‌نام را دوباره شروع کنید.
err-application-not-found = درخواستی با این کد رهگیری در میان درخواست‌های شما پیدا نشد.
err-unknown-region = شهرستان ناشناخته: { $codes }

## Amounts, mobile numbers and tracking codes: why an answer was refused, with a good answer
err-amount-not-understood = این مبلغ را نفهمیدم. لطفاً مبلغ را با عدد بنویسید، مثلاً «۵۰۰ میلیون تومان» یا «۵۰۰٬۰۰۰٬۰۰۰».
err-amount-currency = لطفاً مبلغ را به تومان (یا ریال) بنویسید، نه به ارز خارجی؛ مثلاً «۵۰۰ میلیون تومان».
err-amount-negative = مبلغ نمی‌تواند منفی باشد. مثلاً بنویسید «۵۰۰ میلیون».
err-amount-range-or-bound = لطفاً یک مبلغ بنویسید، نه بازه یا حد. اگر مطمئن نیستید، بهترین برآورد خود را بنویسید؛ مثلاً «۲۵۰ میلیون».
err-amount-several-units = لطفاً واحد را یک بار بنویسید، یا تومان یا ریال؛ مثلاً «۵۰۰ میلیون تومان».
err-amount-several-numbers = در این پاسخ بیش از یک عدد هست. یک مبلغ بنویسید، مثلاً «۲ میلیون و ۵۰۰ هزار» یا «۲٬۵۰۰٬۰۰۰».
err-amount-ambiguous-separator = معلوم نیست این ویرگول یا نقطه هزارگان را جدا می‌کند یا ممیز است. هزارگان را با ویرگول جدا کنید و اعشار را با ممیز؛ مثلاً «۱٬۵۰۰٬۰۰۰» یا «۱٫۵ میلیون».
err-amount-too-precise = این‌همه رقم اعشار لازم نیست: حداکثر دو رقم پس از ممیز، مثلاً «۱٫۲۵ میلیون»، یا خود مبلغ، مثلاً «۱٬۲۵۵٬۰۰۰».
err-amount-toman-fraction = مبلغ باید عددی درست به تومان باشد. برای یک و نیم میلیون بنویسید «۱٫۵ میلیون» یا «۱٬۵۰۰٬۰۰۰».
err-amount-rial-fraction = این مبلغ ریالی عددی درست به تومان نمی‌شود (هر تومان ده ریال است). لطفاً مبلغ را به تومان بنویسید، مثلاً «۵۰ میلیون تومان».
err-mobile-landline = این شمارهٔ تلفن ثابت است، نه همراه. لطفاً شمارهٔ همراه خود را بنویسید، مثلاً ۰۹۱۲ ۳۴۵ ۶۷۸۹.
err-mobile-invalid = این شمارهٔ همراه درست نیست. شمارهٔ همراه با ۰۹ شروع می‌شود و ۱۱ رقم دارد، مثلاً ۰۹۱۲ ۳۴۵ ۶۷۸۹.
err-tracking-code-length = کد رهگیری هشت رقم دارد و به شکل ۱۲۳۴-۵۶۷۸ نوشته می‌شود. لطفاً آن را از پیامی که هنگام ثبت درخواست گرفتید بنویسید.
err-tracking-code-check = این کد رهگیری درست نیست: شاید رقمی اشتباه نوشته شده یا دو رقم جابه‌جا شده است. لطفاً رقم‌ها را با پیامی که هنگام ثبت درخواست گرفتید مقایسه کنید (۱۲۳۴-۵۶۷۸ فقط شکل کد را نشان می‌دهد).

## Summary
field-fullName = نام و نام خانوادگی
field-nationalId = کد ملی
field-phone = تلفن همراه
field-regionId = شهرستان
field-village = روستا یا شهر
field-category = زمینهٔ فعالیت
field-businessName = نام کسب‌وکار
field-description = توضیح
field-workplaceKind = محل کار
field-plannedJobs = تعداد شغل
field-capitalRials = سرمایهٔ لازم
reg-summary-title = لطفاً اطلاعات را بررسی کنید. برای اصلاح هر مورد روی دکمهٔ آن بزنید؛ اگر همه درست است «ثبت نهایی» را بزنید.
reg-summary-line = { $label }: { $value }
btn-edit = ✏️ { $label }
btn-submit = ✅ ثبت نهایی
btn-cancel = ❌ لغو
reg-submitted =
    درخواست شما ثبت شد ✅
    کد رهگیری: { $code }
    این کد را نگه دارید. درخواست شما در نوبت بررسی است و نتیجه را همین‌جا به شما خبر می‌دهیم.
jobs-count = { $count } نفر

## Categories and workplaces
category-handicrafts = صنایع دستی
category-food = صنایع غذایی و تبدیلی
category-livestock = دام و طیور
category-agriculture = کشاورزی و گلخانه
category-beekeeping = زنبورداری
category-carpet = فرش و نساجی
category-services = خدمات
category-fisheries = شیلات و آبزی‌پروری
category-arts = فرهنگی و هنری
category-other = سایر
workplace-home = منزل
workplace-workshop = کارگاه
workplace-farm = زمین کشاورزی یا باغ
workplace-shop = مغازه
workplace-online = فروش اینترنتی
workplace-other = سایر

## Applications
kind-home_permit = مجوز کسب‌وکار خانگی
kind-loan = تسهیلات
status-submitted = ثبت شده، در انتظار بررسی
status-under_review = در حال بررسی
status-documents_requested = نیاز به مدارک
status-approved = تأیید شده
status-rejected = رد شده
status-issued = مجوز صادر شد
status-referred_to_bank = معرفی به بانک
status-paid = پرداخت شد
status-bank_approved = موافقت بانک
status-bank_returned = برگشت از بانک
status-withdrawn = انصراف
status-awaiting_second_body = در انتظار تأیید دستگاه دوم
status-second_body_refused = ردشده از سوی دستگاه دوم
apps-empty = هنوز درخواستی ثبت نکرده‌اید. از دکمهٔ «ثبت کسب‌وکار خانگی» شروع کنید.
apps-title = درخواست‌های شما (برای جزئیات روی هر کد بزنید):
apps-item = { $code } — { $kind } — { $business }
    وضعیت: { $status } · { $date }
app-details =
    { $kind } «{ $business }»
    کد رهگیری: { $code }
    شهرستان: { $county }، { $village }
    وضعیت: { $status }
    تاریخ ثبت: { $date }
app-history-title = سابقه:
app-history-item = • { $date }: { $status }
app-history-note = — { $note }
track-ask = کد رهگیری هشت‌رقمی را بنویسید (مثل ۱۲۳۴-۵۶۷۸):

## Notifications
notify-new-case =
    📥 پروندهٔ جدید در شهرستان { $county }
    کد رهگیری: { $trackingCode }
    متقاضی: { $fullName } (کد ملی { $nationalId }، همراه { $phone })
    کسب‌وکار: { $businessName } — { $category }
    محل: { $village } · { $workplace }
    شغل: { $plannedJobs } نفر · سرمایه: { $capital }
notify-new-case-identity =
    { notify-new-case }
    { $identity }
money = { $rials } ریال ({ $tomans } تومان)

## Programs
programs-title = وام‌ها و حمایت‌ها (صفحهٔ { $page } از { $pages }). برای جزئیات روی هر مورد بزنید:
programs-empty = فعلاً برنامه‌ای برای نمایش نیست.
program-kind-bank_loan = وام بانکی
program-kind-fund_loan = وام صندوق محلی
program-kind-grant = کمک بلاعوض
program-kind-support = حمایت و راهنمایی
program-page =
    💼 { $name }
    نوع: { $kind }
    مجری: { $provider }
    { $amount }
    { $terms }
    شرایط: { $conditions }
    مدارک لازم:
    { $documents }
    نحوهٔ درخواست: { $how }
    مهلت ثبت‌نام: { $period }
program-amount = مبلغ: از { $min } تا { $max }
program-no-amount = مبلغ: این برنامه وام نمی‌دهد؛ حمایت و راهنمایی است.
program-terms = سود یا کارمزد: { $rate } درصد · بازپرداخت: { $months } ماه · تنفس: { $grace } ماه
program-no-terms = بازپرداخت ندارد.
program-period = از { $from } تا { $to }
program-period-open = از { $from }، تا اطلاع بعدی
program-period-always = همیشه باز است
cond-categories = فقط برای { $list }
cond-counties = فقط در شهرستان‌های { $list }
cond-deprived = فقط مناطق محروم
cond-business = کسب‌وکار ثبت‌شده لازم است
cond-permit = مجوز کسب‌وکار خانگی لازم است
cond-none = شرط خاصی ندارد
doc-line = • { $name } ({ $kinds })
doc-kind-photo = عکس
doc-kind-pdf = فایل PDF
btn-apply = 📝 درخواست این برنامه
btn-back-to-list = ↩️ بازگشت به فهرست

## Which programs fit me
fit-intro = برای پیدا کردن وام‌های مناسب، دو پرسش کوتاه می‌پرسیم.
fit-fits = ✅ مناسب شما:
fit-none-fit = فعلاً هیچ برنامه‌ای با شرایط شما جور نیست.
fit-others = ❌ فعلاً مناسب نیست:
fit-line = • { $name }
fit-why = • { $name }: { $reasons }
fit-register-hint = برای درخواست وام، اول کسب‌وکار خود را با «ثبت کسب‌وکار خانگی» ثبت کنید.
why-inactive = زمان ثبت‌نام آن نیست
why-category = برای زمینهٔ کار شما نیست
why-county = در شهرستان شما اجرا نمی‌شود
why-deprived = فقط برای مناطق محروم است
why-needs-business = کسب‌وکار ثبت‌شده لازم دارد
why-needs-permit = مجوز کسب‌وکار خانگی لازم دارد
why-amount-min = حداقل مبلغ آن { $amount } است
why-amount-max = سقف مبلغ آن { $amount } است

## Apply
apply-no-business = برای درخواست، اول کسب‌وکار خود را با «ثبت کسب‌وکار خانگی» ثبت کنید.
apply-not-eligible = «{ $program }» برای کسب‌وکار شما مناسب نیست: { $reasons }
apply-ask-business = برای کدام کسب‌وکار درخواست می‌دهید؟
apply-ask-amount = چه مبلغی لازم دارید؟ به تومان بنویسید، از { $min } تا { $max } تومان:
apply-ask-purpose = این پول را برای چه کاری خرج می‌کنید؟ (مثلاً «خرید دار قالی و پشم»)
apply-ask-months = در چند ماه بازپرداخت می‌کنید؟ (از ۱ تا { $max } ماه)
err-amount-range = مبلغ باید بین { $min } و { $max } تومان باشد.
err-months-range = لطفاً عددی بین ۱ و { $max } بنویسید.
err-purpose = هدف را کمی کامل‌تر بنویسید (دست‌کم ده حرف).
err-not-eligible = این برنامه دیگر با شرایط شما جور نیست.
err-program-not-found = این برنامه دیگر در فهرست نیست.
err-business-not-found = این کسب‌وکار پیدا نشد.
field-program = برنامه
field-business = کسب‌وکار
field-amount = مبلغ
field-purpose = هدف
field-months = بازپرداخت
months-count = { $count } ماه
apply-summary-title = درخواست خود را بررسی کنید. برای اصلاح هر مورد روی دکمهٔ آن بزنید؛ اگر درست است «ثبت نهایی» را بزنید.
apply-submitted =
    درخواست شما برای «{ $program }» ثبت شد ✅
    کد رهگیری: { $code }

## Documents
checklist-title = 📋 مدارک این درخواست (برای فرستادن روی هر مدرک بزنید):
checklist-received = ✅ { $name } ({ $count } فایل)
checklist-missing = ⬜ { $name } ({ $kinds })
checklist-complete = همهٔ مدارک رسید ✅ درخواست شما در نوبت بررسی است.
btn-upload = 📎 { $name }
upload-ask = «{ $name }» را به صورت { $kinds } بفرستید (حداکثر { $mb } مگابایت). برای لغو /cancel را بفرستید.
upload-received = «{ $name }» رسید ✅
err-doc-type-expected = این نوع فایل پذیرفته نیست؛ لطفاً { $kinds } بفرستید.
err-doc-type = این نوع فایل برای این مدرک پذیرفته نیست.
err-doc-too-large = حجم فایل بیشتر از { $mb } مگابایت است. لطفاً فایل کوچک‌تری بفرستید.
err-doc-closed = این درخواست دیگر مدرک نمی‌پذیرد.
err-doc-unknown = این مدرک در فهرست این درخواست نیست.
app-loan-details =
    برنامه: { $program }
    مبلغ: { $amount }
    بازپرداخت: { $months }
    هدف: { $purpose }
notify-new-loan =
    💰 درخواست وام جدید در شهرستان { $county }
    کد رهگیری: { $trackingCode }
    متقاضی: { $fullName }
    برنامه: { $program }
    مبلغ: { $amount } · بازپرداخت: { $months } ماه
    کسب‌وکار: { $businessName } — { $category }
notify-new-loan-identity =
    { notify-new-loan }
    { $identity }
notify-docs-complete =
    📋 مدارک پروندهٔ { $trackingCode } کامل شد
    برنامه: { $program }

## Coordinators: review
btn-case-open = 📂 باز کردن پرونده
btn-case-approve = ✅ تأیید
btn-case-reject = ❌ رد
btn-case-docs = 📎 درخواست مدارک
btn-case-assign = 🙋 به عهدهٔ من
btn-case-review = 🔍 شروع بررسی
btn-case-issue = 🏷 صدور مجوز
btn-case-refer = 🏦 معرفی به بانک
btn-case-paid = 💵 پرداخت شد
btn-case-files = 📄 نمایش مدارک
btn-continue = ➡️ ادامه
btn-no-note = بدون یادداشت
case-page =
    📂 پرونده { $code } — { $kind }
    وضعیت: { $status }
    مسئول: { $assignee }
    تاریخ ثبت: { $date }
    متقاضی: { $name }
    کد ملی: { $nationalId } · همراه: { $phone }
    کسب‌وکار: { $business } — { $category }
    محل: { $county }، { $village } · { $workplace }
    شغل: { $jobs } نفر · سرمایه: { $capital }
    توضیح: { $description }
case-nobody = هنوز کسی
case-permit = مجوز: { $number } · صدور: { $issued } · اعتبار تا: { $expires }
case-files = مدارک رسیده: { $count } فایل
history-by = ({ $name })
# One person, one identity: the applicant's national ID or mobile is on another account's case (never shown to the applicant).
identity-national-id = ⚠️ همین کد ملی در پروندهٔ حساب دیگری هم آمده است: { $codes }
identity-phone = ⚠️ همین شمارهٔ همراه در پروندهٔ حساب دیگری هم آمده است: { $codes }
identity-both = ⚠️ همین کد ملی یا شمارهٔ همراه در پرونده‌های حساب‌های دیگری هم آمده است: { $codes }
queue-title =
    📥 پرونده‌های باز ({ $total }) — صفحهٔ { $page } از { $pages }
    فیلتر: { $status } · { $kind }
queue-empty = پرونده‌ای با این فیلتر نیست.
queue-item =
    { $code } · { $kind } · { $status }
    { $name } — { $business } ({ $county }) · { $date }
filter-all-statuses = همهٔ وضعیت‌های باز
filter-all-kinds = همهٔ انواع
btn-filter-status = 🔽 وضعیت
btn-filter-kind = 🔽 نوع
case-done = انجام شد ✅ وضعیت: { $status }
case-assigned-to-you = پرونده به عهدهٔ شما شد ✅
reject-ask = دلیل رد پروندهٔ { $code } را بنویسید (متقاضی آن را می‌خواند):
docs-ask = کدام مدارک لازم است؟ انتخاب کنید و «ادامه» را بزنید.
docs-note-ask = یادداشتی برای متقاضی بنویسید، یا «بدون یادداشت» را بزنید.
err-stale = این پرونده پیش‌تر تغییر کرده است؛ وضعیت فعلی: { $status }
err-forbidden = این پرونده در حوزهٔ شما نیست؛ اجازهٔ این کار را ندارید.
err-own-case = این پرونده مال خود شماست؛ کارشناس نمی‌تواند دربارهٔ پروندهٔ خودش تصمیم بگیرد. همکار دیگری باید آن را بررسی کند.
err-not-staff = این فرمان فقط برای کارشناسان است.
err-not-admin = این فرمان فقط برای مدیران است.
err-transition-refused = این کار در وضعیت فعلی پرونده ممکن نیست.
err-note-required = لطفاً دلیل را بنویسید (دست‌کم سه حرف).
err-documents-required = دست‌کم یک مدرک را انتخاب کنید.
err-documents-missing = ابتدا مدارک خواسته‌شده را بفرستید؛ با رسیدن آخرین مدرک، پرونده خودبه‌خود دوباره به بررسی می‌رود.

## Notifications to applicants
notify-status = 📣 وضعیت درخواست { $trackingCode }: { $status }
notify-status-note =
    📣 وضعیت درخواست { $trackingCode }: { $status }
    توضیح: { $note }
notify-docs-requested =
    📎 برای درخواست { $trackingCode } این مدارک لازم است:
    { $documents }
    توضیح کارشناس: { $note }
    با دکمه‌های زیر بفرستید.
notify-permit-issued =
    🎉 مجوز کسب‌وکار خانگی شما صادر شد
    کد رهگیری: { $trackingCode }
    شمارهٔ مجوز: { $permitNumber }
    تاریخ صدور: { $issuedAt }
    اعتبار تا: { $expiresAt }
notify-docs-back = 📥 متقاضی مدارک خواسته‌شدهٔ پروندهٔ { $trackingCode } را فرستاد؛ پرونده دوباره در انتظار بررسی است.

## Admins: coordinators and invitations
invite-ask-counties = شهرستان‌های این کارشناس را انتخاب کنید و «ادامه» را بزنید:
invite-created =
    دعوت‌نامه ساخته شد ✅ یک‌بار مصرف است و تا { $expires } اعتبار دارد.
    این پیوند را برای کارشناس بفرستید:
    { $link }
invite-accepted =
    خوش آمدید! شما اکنون کارشناس این شهرستان‌ها هستید: { $counties }
    برای دیدن پرونده‌ها /queue را بفرستید.
coordinators-title = کارشناسان (برای تغییر شهرستان‌ها ✏️ و برای لغو نقش 🚫):
coordinators-empty = هنوز کارشناسی نیست. با /invite دعوت کنید.
coordinator-line = • { $name }: { $counties }
btn-coord-edit = ✏️ { $name }
btn-coord-revoke = 🚫 { $name }
coordinator-counties-ask = شهرستان‌های { $name } را انتخاب کنید و «ادامه» را بزنید (هیچ‌کدام = لغو نقش):
coordinator-updated = شهرستان‌های { $name } به‌روز شد ✅
coordinator-revoked = نقش کارشناسی { $name } لغو شد.
err-invitation-invalid = این دعوت‌نامه معتبر نیست.
err-invitation-used = این دعوت‌نامه پیش‌تر استفاده شده است.
err-invitation-expired = مهلت این دعوت‌نامه گذشته است؛ از مدیر دعوت‌نامهٔ تازه بخواهید.
err-invite-counties = دست‌کم یک شهرستان معتبر انتخاب کنید.
err-not-a-coordinator = این کاربر کارشناس نیست.

## Broadcasts
broadcast-ask-message = پیام اطلاعیه را بفرستید: متن (با قالب‌بندی) یا یک عکس با توضیح. برای لغو /cancel.
broadcast-ask-audience = این اطلاعیه برای چه کسانی است؟
btn-audience-all = 👥 همهٔ متقاضیان
btn-audience-filter = 🧭 متقاضیان با فیلتر
btn-audience-coordinators = 🧑‍💼 همهٔ کارشناسان
broadcast-ask-counties = شهرستان‌ها را انتخاب کنید (هیچ‌کدام = همه) و «ادامه» را بزنید:
broadcast-ask-categories = زمینه‌های کار را انتخاب کنید (هیچ‌کدام = همه) و «ادامه» را بزنید:
broadcast-ask-kind = فقط کسانی که درخواستی از این نوع دارند؟
broadcast-ask-status = با کدام وضعیت درخواست؟
broadcast-ask-language = به کدام زبان؟
btn-any = هر کدام
broadcast-count = این اطلاعیه به { $count } نفر می‌رسد.
btn-broadcast-test = 🧪 ارسال آزمایشی برای من
btn-broadcast-now = ✅ ارسال همین حالا
btn-broadcast-schedule = 🕒 زمان‌بندی
broadcast-ask-time = زمان ارسال را به وقت تهران و تقویم شمسی بنویسید، مثل ۱۴۰۵/۰۹/۱۵ ۱۸:۳۰
err-broadcast-time = این زمان را نفهمیدم؛ مثل ۱۴۰۵/۰۹/۱۵ ۱۸:۳۰ بنویسید.
err-broadcast-past = این زمان گذشته است؛ زمانی در آینده بنویسید.
err-broadcast-empty = پیام خالی است.
err-broadcast-message = فقط متن یا یک عکس با توضیح فرستاده می‌شود.
err-broadcast-not-cancellable = این اطلاعیه دیگر قابل لغو نیست.
broadcast-scheduled = اطلاعیهٔ { $id } برای { $time } زمان‌بندی شد ✅
broadcast-progress =
    📣 اطلاعیهٔ { $id } — { $state }
    { $bar } { $percent }٪
    رسید: { $sent } · ناموفق: { $failed } · مسدود: { $blocked } · مانده: { $pending } از { $total }
    پایان تقریبی: { $eta }
broadcast-state-scheduled = زمان‌بندی‌شده
broadcast-state-sending = در حال ارسال
broadcast-state-done = پایان یافت
broadcast-state-cancelled = لغو شد
broadcast-report =
    📣 گزارش اطلاعیهٔ { $id }
    رسید: { $sent } · ناموفق: { $failed } · مسدود کرده‌اند: { $blocked }
broadcasts-title = اطلاعیه‌های اخیر:
broadcasts-empty = هنوز اطلاعیه‌ای نیست. با /broadcast بسازید.
broadcasts-line = • { $id } — { $state } · { $time } · رسید { $sent } از { $total }
btn-broadcast-cancel = 🛑 لغو اطلاعیهٔ { $id }
broadcast-cancelled = اطلاعیهٔ { $id } لغو شد.

## Statistics and export
stats-title = 📊 آمار { $scope }
stats-scope-all = کل استان
stats-scope-mine = شهرستان‌های شما
stats-body =
    همهٔ درخواست‌ها: { $total } · شغل پیش‌بینی‌شده: { $jobs } نفر
    بر اساس نوع: { $kinds }
    بر اساس وضعیت: { $statuses }
    بر اساس زمینه: { $categories }
    بر اساس شهرستان: { $counties }
    تأییدها در هشت هفتهٔ اخیر: { $weeks }
stats-chart-title = درخواست‌ها بر اساس شهرستان
btn-export-csv = 📤 خروجی CSV
export-caption = { $count } درخواست
csv-code = کد رهگیری
csv-kind = نوع
csv-status = وضعیت
csv-submitted = تاریخ ثبت
csv-submitted-iso = تاریخ ثبت (ISO)
csv-county = شهرستان
csv-village = روستا یا شهر
csv-applicant = متقاضی
csv-business = کسب‌وکار
csv-category = زمینه
csv-jobs = شغل
csv-capital = سرمایه (ریال)
csv-program = برنامه
csv-amount = مبلغ وام (ریال)
csv-permit = شمارهٔ مجوز

## Settings
settings-text =
    ⚙️ تنظیمات
    🔔 یادآوری‌ها (مدارک ناقص، ثبت‌نام نیمه‌کاره، تمدید مجوز): { $reminders }
    📢 اطلاعیه‌های همگانی: { $broadcasts }
    خبر تغییر وضعیت درخواست‌هایتان همیشه برایتان فرستاده می‌شود.
settings-on = روشن ✅
settings-off = خاموش 🔕
settings-turn-off-reminders = 🔕 خاموش کردن یادآوری‌ها
settings-turn-on-reminders = 🔔 روشن کردن یادآوری‌ها
settings-turn-off-broadcasts = 🔕 خاموش کردن اطلاعیه‌ها
settings-turn-on-broadcasts = 📢 روشن کردن اطلاعیه‌ها
settings-saved = ذخیره شد ✅

## Reminders and digests
reminder-continue = ▶️ ادامهٔ ثبت‌نام
reminder-registration =
    👋 ثبت کسب‌وکار خانگی شما نیمه‌کاره مانده است.
    از همان‌جا که ماندید ادامه دهید؛ چند پرسش بیشتر نمانده است.
    (برای خاموش کردن یادآوری‌ها: /settings)
reminder-documents =
    ⏰ یادآوری: { $days } روز پیش برای درخواست { $trackingCode } این مدارک خواسته شد و هنوز نرسیده است:
    { $documents }
    با دکمه‌های زیر بفرستید. (برای خاموش کردن یادآوری‌ها: /settings)
reminder-documents-late = ⏰ متقاضی پروندهٔ { $trackingCode } پس از { $days } روز هنوز مدارک خواسته‌شده را نفرستاده است. شاید بهتر باشد تماس بگیرید.
reminder-permit-expiry =
    ⏳ مجوز کسب‌وکار خانگی شما ({ $permitNumber }) { $days } روز دیگر، در { $expiresAt }، به پایان می‌رسد.
    برای تمدید: با کد رهگیری { $trackingCode } به دفتر تسهیلگری شهرستان یا دهیاری بروید و کارت ملی و مجوز فعلی را همراه ببرید. تمدید پیش از پایان اعتبار، کار شما را بی‌وقفه نگه می‌دارد.
    (برای خاموش کردن یادآوری‌ها: /settings)
reminder-overdue = 🚨 پروندهٔ { $trackingCode } بیش از { $days } روز در وضعیت «{ $status }» منتظر کارشناس مانده است.
digest-coordinator =
    ☀️ خلاصهٔ روز { $date } برای شهرستان‌های شما
    🆕 پرونده‌های تازه (۲۴ ساعت گذشته): { $fresh }
    📥 در انتظار کارشناس: { $waiting }
    🚨 دیرکرد: { $overdue }
    📎 در انتظار مدارک متقاضی: { $documents }
    🏦 وام‌های مانده در بانک بیش از مهلت پرداخت: { $bankOverdue }
    ⏳ مجوزهای در انتظار تأیید دستگاه دوم: { $secondBody }
digest-overdue =
    🚨 { $total } پرونده بیش از { $days } روز منتظر کارشناس مانده است. قدیمی‌ترین‌ها (کد — شهرستان — روز):
    { $list }
digest-weekly =
    📊 گزارش هفتگی کاریار ({ $from } تا { $to })
    درخواست‌های مجوز تازه: { $permits }
    درخواست‌های وام تازه: { $loans }
    تأیید شده: { $approved } · رد شده: { $rejected }
    مجوز صادرشده: { $issued } · وام پرداخت‌شده: { $paid }
    اکنون در انتظار کارشناس: { $waiting } (دیرکرد: { $overdue })

## Personal data
mydata-summary-title = 📄 آنچه کاریار دربارهٔ شما نگه می‌دارد:
mydata-profile =
    👤 { $name }
    کد ملی: { $nationalId }
    تلفن همراه: { $phone }
    یادآوری‌ها: { $reminders } · اطلاعیه‌ها: { $announcements }
    نخستین پیام: { $date }
mydata-on = روشن
mydata-off = خاموش
mydata-empty = —
mydata-business =
    🏠 کسب‌وکار «{ $name }»
    زمینه: { $category } · محل کار: { $workplace }
    شهرستان: { $county }، { $village }
    اشتغال پیش‌بینی‌شده: { $jobs } نفر · سرمایه: { $capital }
    تاریخ ثبت: { $date }
mydata-application =
    📋 { $kind } — کد رهگیری: { $code }
    وضعیت: { $status } · تاریخ ثبت: { $date }
mydata-application-loan = برنامه: { $program } · مبلغ: { $amount }
mydata-application-permit = شمارهٔ مجوز: { $number }
mydata-application-documents = مدارک فرستاده‌شده: { $count }
mydata-business-description = توضیح کسب‌وکار: { $description }
mydata-application-notes = 📝 یادداشت‌های کارشناسان دربارهٔ این پرونده:
mydata-application-note = • { $date }: { $note }
mydata-notifications = 🔔 پیام‌هایی که برای شما فرستاده‌ایم: { $count }
mydata-caption = 📄 همهٔ اطلاعاتی که کاریار دربارهٔ شما نگه می‌دارد، در یک پرونده. برای پاک کردن آن‌ها /deleteme را بفرستید.
deleteme-confirm =
    ⚠️ با این کار نام، کد ملی، شمارهٔ تلفن، نام و نشانی کسب‌وکار و مدارک فرستاده‌شدهٔ شما پاک می‌شود و درخواست‌های باز شما لغو می‌شود.
    سابقهٔ درخواست‌ها و مجوزهای صادرشده، بدون نام شما، برای گزارش‌های اداره می‌ماند.
    این کار برگشت‌پذیر نیست. مطمئنید؟
deleteme-yes = 🗑 بله، پاک کن
deleteme-no = ↩️ نه، نگه دار
deleteme-kept = چیزی پاک نشد.
deleteme-done = اطلاعات شما پاک شد. اگر دوباره پیام بدهید، مثل یک کاربر تازه شروع می‌کنید. 🌱
err-erase-staff = حساب کارشناسان و مدیران از این راه پاک نمی‌شود؛ لطفاً از یک مدیر بخواهید دسترسی شما را بردارد.

## Flows: a menu tap, a command or an older button in the middle of one
flow-registration = ثبت کسب‌وکار
flow-track = پیگیری با کد رهگیری
flow-apply = درخواست وام
flow-fit = یافتن وام مناسب
flow-upload = ارسال مدرک
flow-reject = رد پرونده
flow-request-documents = درخواست مدارک
flow-invite = ساخت دعوت‌نامه
flow-coordinator-counties = تغییر شهرستان‌های کارشناس
flow-broadcast = اطلاعیهٔ همگانی
flow-still-open = (شما هنوز در میانهٔ «{ $flow }» هستید: به پرسش بالا پاسخ دهید یا برای لغو /cancel را بفرستید.)
err-command-in-flow = این دستور را نمی‌شناسم. شما در میانهٔ «{ $flow }» هستید: به پرسش بالا پاسخ دهید یا برای لغو /cancel را بفرستید.
err-choose-at-least-one = دست‌کم یکی را انتخاب کنید، بعد «ادامه» را بزنید.
reg-left = ثبت کسب‌وکار شما نیمه‌کاره ماند؛ پاسخ‌هایتان نگه داشته شد. هر وقت خواستید «📝 ثبت کسب‌وکار خانگی» را بزنید تا از همان‌جا ادامه دهید.
apply-left = درخواست وام «{ $program }» فرستاده نشد.
upload-left = مدرک فرستاده نشد؛ هر وقت خواستید از دکمهٔ همان مدرک دوباره بفرستید.
reject-left = پروندهٔ { $code } رد نشد و تغییری نکرد.
docs-left = درخواست مدارک پروندهٔ { $code } فرستاده نشد و پرونده تغییری نکرد.
invite-left = دعوت‌نامه ساخته نشد.
coordinator-counties-left = شهرستان‌های { $name } تغییری نکرد.
broadcast-left = اطلاعیه ساخته و فرستاده نشد.

## Confirmations of what cannot be undone
reject-confirm =
    پروندهٔ { $code } رد شود؟ متقاضی این دلیل را می‌خواند:
    «{ $note }»
btn-reject-yes = ❌ بله، رد شود
btn-reject-edit = ✏️ تغییر دلیل
btn-reject-no = ↩️ رد نشود
coordinator-revoke-confirm = نقش کارشناسی { $name } گرفته شود؟ دیگر هیچ پرونده‌ای را نمی‌بیند.
btn-revoke-yes = بله، گرفته شود
btn-revoke-no = ↩️ نه، شهرستان‌ها را دوباره انتخاب می‌کنم

## Staff help and command menus
help-text-coordinator =
    برای کارشناسان:
    • «📥 پرونده‌های شهرستان» یا /queue: پرونده‌های باز شهرستان‌های شما، با فیلتر وضعیت و نوع.
    • در هر پرونده: شروع بررسی، درخواست مدارک، تأیید، رد با ذکر دلیل، به عهدهٔ من.
    • /stats آمار شهرستان‌های شما و /export فهرست درخواست‌ها (CSV).
    • /invitefacilitator دعوت تسهیل‌گر برای روستاهای شهرستان‌تان و /funds صندوق‌های محلی (پیشرفت، تبدیل به تعاونی، اتحادیه).
help-text-admin =
    برای مدیران:
    • /queue و /stats و /export برای همهٔ استان.
    • /invite دعوت کارشناس تازه و /coordinators فهرست کارشناسان (تغییر شهرستان یا گرفتن نقش).
    • /broadcast اطلاعیهٔ همگانی و /broadcasts پیشرفت یا لغو اطلاعیه‌ها.
cmd-start = شروع
cmd-register = ثبت کسب‌وکار خانگی
cmd-myapps = درخواست‌های من
cmd-track = پیگیری با کد رهگیری
cmd-programs = وام‌ها و حمایت‌ها
cmd-fit = کدام وام مناسب من است
cmd-settings = تنظیمات یادآوری و اطلاعیه
cmd-language = زبان / Language
cmd-mydata = اطلاعاتی که از من دارید
cmd-deleteme = پاک کردن اطلاعات من
cmd-queue = پرونده‌های شهرستان
cmd-stats = آمار
cmd-export = خروجی درخواست‌ها (CSV)
cmd-report = گزارش اشتغال برای کارگروه
cmd-observer = دعوت ناظر (عضو کارگروه، فقط گزارش)
cmd-invite = دعوت کارشناس
cmd-coordinators = کارشناسان
cmd-broadcast = اطلاعیهٔ همگانی
cmd-broadcasts = اطلاعیه‌ها و پیشرفت آن‌ها
cmd-help = راهنما
cmd-cancel = لغو

## Amounts: confirmed in both units, "did you mean" far outside the usual range
amount-taken = ✅ { $amount }
amount-did-you-mean = «{ $typed }» دور از مبلغ‌های معمول است. منظورتان کدام است؟
btn-amount-again = ✏️ دوباره می‌نویسم
err-county-name = این شهرستان را پیدا نکردم. لطفاً از دکمه‌ها انتخاب کنید یا نام شهرستان را درست بنویسید (مثلاً «نی‌ریز»).
btn-case-sure = بله، قطعی است: { $action }
btn-case-back = ↩️ بازگشت

## A file sent without pressing a document's button
flow-document-choice = انتخاب مدرک برای فایل
doc-choice-ask = این فایل کدام مدرک است؟
btn-doc-choice-none = هیچ‌کدام
doc-choice-left = فایل به هیچ درخواستی پیوست نشد.
doc-choice-none = درخواستی ندارید که منتظر مدرک باشد، پس فایل نگه داشته نشد. اگر درخواستی دارید، از «📂 درخواست‌های من» آن را باز کنید.
doc-choice-wrong-kind = هیچ‌کدام از مدارکی که منتظرشان هستیم این نوع فایل را نمی‌پذیرد (عکس یا PDF). از «📂 درخواست‌های من» ببینید هر مدرک چه نوع فایلی می‌خواهد.
doc-choice-wrong-file = این نوع فایل پذیرفته نیست؛ مدارک را به صورت عکس یا فایل PDF بفرستید.

## Long views, one page at a time
pager-position = { $page } از { $pages }
case-continued = 📂 پرونده { $code } (ادامه)
app-continued = 🔎 درخواست { $code } (ادامه)
list-continued = (ادامهٔ فهرست)

## تسهیل‌گران (مسئلهٔ ۱۷)
menu-register-for = 🤝 ثبت‌نام یک نفر
cmd-registerfor = ثبت‌نام یک نفر از طرف او
cmd-invitefacilitator = دعوت از تسهیل‌گر
cmd-takeover = تحویل گرفتن پرونده با کد تسهیل‌گر
help-text-facilitator =
    برای تسهیل‌گران:
    • «🤝 ثبت‌نام یک نفر» یا /registerfor: ثبت‌نام کسی که خودش نمی‌تواند با ربات کار کند، با رضایت او، در روستاهای شما.
    • «📂 درخواست‌های من» پرونده‌هایی را که برای افراد ثبت کرده‌اید نشان می‌دهد: پیگیری، فرستادن مدارک، و کد تحویل تازه.
    • کد تحویل هر نفر را به خودش بدهید: با آن، پرونده را با حساب خودش تحویل می‌گیرد (/takeover).
    • «🏦 صندوق‌ها» یا /funds: ساختن صندوق محلی روستا، پیوند عضویت، امنا، و ثبت پس‌انداز، وام و بازپرداخت در دفتر آن.
flow-register-for = ثبت‌نام یک نفر
flow-invite-facilitator = دعوت از تسهیل‌گر
regfor-left = ثبت‌نام این فرد نیمه‌کاره ماند؛ پاسخ‌ها نگه داشته شده است. هر وقت خواستید «🤝 ثبت‌نام یک نفر» را بزنید تا از همان‌جا ادامه دهید.
regfor-intro = ثبت‌نام یک نفر از طرف خودش. به { $count } پرسش با مشخصات او پاسخ دهید (هر جا پرسش گفت «شما»، منظور اوست). هر زمان با /cancel می‌توانید منصرف شوید.
regfor-ask-consent = آیا این فرد رضایت داده که شما او را ثبت‌نام کنید و مشخصاتش نزد سازمان بماند؟ چگونه رضایت داد؟
consent-spoken = ✅ حضوری رضایت داد
consent-signed = ✅ رضایت‌نامه را امضا کرد
consent-unknown = ثبت نشده
regfor-ask-phone = شمارهٔ تلفن همراه او (مثلاً ۰۹۱۲۳۴۵۶۷۸۹):
regfor-submitted =
    درخواست { $name } ثبت شد ✅
    کد رهگیری: { $code }
    هر تغییری همین‌جا به شما خبر داده می‌شود و در «📂 درخواست‌های من» می‌توانید پیگیری کنید.
takeover-instructions =
    کد تحویل پرونده برای این فرد: { $code }
    یک بار و تا ۳۰ روز کار می‌کند. آن را به خودش بدهید: وقتی حساب خودش را داشت، { $bot } را باز کند و بفرستد ‎/takeover { $code }‎ — از آن پس پرونده مال خود اوست و دیگر نزد شما نیست.
btn-takeover-code = 🔑 کد تحویل تازه
apps-on-behalf = 👤 برای { $name }
outbox-on-behalf = 👤 دربارهٔ { $name } که شما ثبت‌نام کرده‌اید:
takeover-usage = ‎/takeover‎ را همراه کدی که تسهیل‌گر به شما داده بفرستید، مثلاً: ‎/takeover 1234-5678-9012‎
takeover-done = انجام شد ✅ پرونده اکنون مال شماست: { $count } درخواست به حساب شما آمد. در «📂 درخواست‌های من» ببینید.
case-filed-by = 🤝 ثبت‌شده به‌دست تسهیل‌گر { $name } از طرف متقاضی (رضایت: { $consent }، { $date }).
case-filed-by-taken = 🤝 ثبت‌شده به‌دست تسهیل‌گر { $name } از طرف متقاضی (رضایت: { $consent }، { $date })؛ متقاضی از آن پس پرونده را خودش تحویل گرفته است.
invite-facilitator-ask-county = تسهیل‌گر در کدام شهرستان کار می‌کند؟
invite-facilitator-ask-villages = روستاهای تسهیل‌گر در { $county } را انتخاب کنید و «ادامه» را بزنید:
invite-facilitator-created =
    دعوت‌نامهٔ تسهیل‌گر ساخته شد ✅ یک بار و تا { $expires } کار می‌کند.
    این پیوند را برای تسهیل‌گر بفرستید:
    { $link }
invite-facilitator-accepted =
    خوش آمدید! اکنون تسهیل‌گر این روستاها هستید: { $villages }
    برای ثبت‌نام کسی از طرف خودش «🤝 ثبت‌نام یک نفر» را بزنید.
err-not-facilitator = این کار فقط از تسهیل‌گران برمی‌آید.
err-outside-villages = فقط افراد روستاهای خودتان را می‌توانید ثبت‌نام کنید.
err-village-not-yours = لطفاً یکی از روستاهای خودتان را از دکمه‌ها انتخاب کنید.
regfor-ask-village-list = یکی از روستاهای خودتان را از فهرست انتخاب کنید (صفحهٔ { $page } از { $pages }) یا نامش را بنویسید:
err-no-villages = هنوز روستایی به شما سپرده نشده است: از کارشناس شهرستان خود دعوت‌نامه بخواهید.
err-invite-villages = دست‌کم یک روستای درست انتخاب کنید.
err-invite-villages-outside = فقط برای روستاهای شهرستان‌های خودتان می‌توانید تسهیل‌گر دعوت کنید.
err-invite-no-villages = هیچ‌یک از شهرستان‌های شما هنوز در فایل مناطق روستایی ندارد.
err-invitation-staff = کارشناسان و مدیران با دعوت‌نامه تسهیل‌گر نمی‌شوند.
err-takeover-invalid = این کد تحویل درست نیست. آن را با تسهیل‌گر خود بررسی کنید.
err-takeover-used = این کد تحویل پیش‌تر به کار رفته است.
err-takeover-expired = این کد تحویل منقضی شده است: از تسهیل‌گر خود کد تازه بخواهید.
err-takeover-staff = حساب کارکنان نمی‌تواند پروندهٔ کسی را تحویل بگیرد.
err-takeover-has-record = این حساب خودش ثبت‌نامی دارد، پس پرونده را نمی‌توان به آن منتقل کرد. از تسهیل‌گر یا کارشناس شهرستان خود کمک بخواهید.

## صندوق‌های محلی (مسئلهٔ ۱۷)
menu-funds = 🏦 صندوق‌ها
cmd-funds = صندوق‌های محلی: پس‌انداز و وام من
flow-fund-new = ساختن صندوق
flow-fund-entry = ثبت در دفتر صندوق
fund-new-left = صندوقی ساخته نشد.
fund-entry-left = چیزی در دفتر صندوق ثبت نشد.
fund-new-ask-village = صندوق برای کدام روستاست؟
fund-new-ask-name = نام صندوق (مثلاً «صندوق زنان قلات»):
fund-created =
    صندوق «{ $name }» ساخته شد ✅
    اعضا با باز کردن این پیوند عضو می‌شوند (از صفحهٔ صندوق می‌توان آن را نو کرد):
    { $link }
    سپس امنای آن را از «👥 امنا» انتخاب کنید (معمولاً سه نفر: دو عضو محلی و یک نفر از سوی حامی).
fund-stage-fund = صندوق محلی
fund-stage-cooperative = تعاونی
fund-statement =
    🏦 { $name } — { $stage }، { $village } ({ $county })
    موجودی: { $balance }
    پس‌انداز اعضا: { $contributed } · وام‌های پرداخت‌شده: { $lentOut } در { $loans } وام
    اقساط به‌موقع پرداخت‌شده: { $onTime }
    اعضا: { $members } · امنا: { $trustees }
fund-on-time-none = هنوز قسطی سررسید نشده
fund-trustees-usual = ⚠️ { $count } امین: قاعدهٔ معمول سه نفر است (دو عضو محلی و یک نفر از سوی حامی).
fund-member-line = • { $name }: { $contributed }
fund-member-trustee = • { $name } (امین): { $contributed }
btn-fund-contribution = ➕ پس‌انداز
btn-fund-loan = 💸 وام
btn-fund-repayment = ↩️ بازپرداخت
btn-fund-correct = ✏️ اصلاح یک ثبت
btn-fund-trustees = 👥 امنا
btn-fund-add = 🤝 افزودن کسی که ثبت‌نام کرده‌ام
btn-fund-link = 🔗 پیوند عضویت تازه
btn-fund-new = ➕ صندوق تازه
fund-loan-line = 💸 وام { $amount }: بازپرداخت‌شده { $repaid }، مانده { $remaining }. قسط بعدی: { $next } تا { $due }.
fund-loan-repaid = 💸 وام { $amount }: کامل بازپرداخت شد ✅
fund-no-open-loans = این صندوق وامی در حال بازپرداخت ندارد.
fund-no-members = هنوز کسی در این صندوق نیست که بتوان این را برایش ثبت کرد (امنا وام نمی‌گیرند).
fund-ask-who-contribution = پس‌انداز کیست؟
fund-ask-who-loan = چه کسی وام می‌گیرد؟ (امنا وام نمی‌گیرند.)
fund-ask-who-repayment = بازپرداخت کدام وام است؟
fund-ask-amount-contribution = چه مبلغی پس‌انداز شد؟ (به تومان، مثلاً ۵۰۰ هزار)
fund-ask-amount-loan = چه مبلغی وام داده می‌شود؟ قرض‌الحسنه است و در اقساط ماهانه بازپرداخت می‌شود. (به تومان)
fund-ask-amount-repayment = چه مبلغی بازپرداخت شد؟ (به تومان)
fund-ask-installments = در چند قسط ماهانه بازپرداخت می‌شود؟ (۱ تا { $max })
fund-ask-purpose = وام برای چه کاری است؟
fund-recorded-contribution = پس‌انداز ثبت شد ✅
fund-recorded-loan = وام با اقساطش ثبت شد ✅
fund-recorded-repayment = بازپرداخت ثبت شد ✅
fund-mine-title = 🏦 صندوق‌های من
fund-mine = { $name }: پس‌انداز من { $contributed }
fund-mine-trustee = { $name } (امین هستم): پس‌انداز من { $contributed }
fund-none = هنوز عضو هیچ صندوق محلی نیستید. اعضای هر صندوق با پیوندی که تسهیل‌گرش می‌دهد عضو می‌شوند.
fund-kept = 🏦 صندوق‌هایی که نگهداری یا نظارتشان با شماست؛ برای دفتر هر صندوق دکمه‌اش را بزنید:
fund-none-staff = هنوز صندوقی در روستاهای شما ثبت نشده است. با «➕ صندوق تازه» یکی بسازید و پیوند عضویتش را به اهالی بدهید.
fund-kind-contribution = پس‌انداز
fund-kind-loan = وام
fund-kind-repayment = بازپرداخت
fund-kind-reversal = اصلاح
fund-entry-button = { $kind } · { $name } · { $amount } · { $date }
fund-correct-ask = کدام ثبت نادرست بود؟ خودش تغییر نمی‌کند: کنارش ثبتی اصلاحی می‌آید که آن را بی‌اثر می‌کند؛ سپس ثبت درست را انجام دهید.
fund-correct-none = دفتر ثبتی برای اصلاح ندارد.
fund-reversed = ثبت با یک اصلاح بی‌اثر شد ✅ اگر لازم است ثبت درست را انجام دهید.
fund-trustees-ask = روی هر عضو بزنید تا امین شود، یا روی امین تا دوباره عضو عادی شود:
fund-add-ask = چه کسی را به صندوق می‌افزایید؟
fund-add-none = همهٔ کسانی که ثبت‌نام کرده‌اید در این صندوق هستند.
fund-added = به صندوق افزوده شد ✅
fund-link =
    پیوند عضویت تازهٔ صندوق (پیوند قبلی دیگر کار نمی‌کند):
    { $link }
fund-joined = به صندوق «{ $name }» خوش آمدید ✅ برای دیدن پس‌انداز و وام‌هایتان /funds را بفرستید.
fund-joined-already = پیش‌تر عضو «{ $name }» شده‌اید.
reminder-installment = 🏦 یادآوری: قسط { $amount } وام شما از «{ $fund }» تا { $due } سررسید می‌شود.
err-fund-not-found = این صندوق پیدا نشد.
err-fund-forbidden = نگهداری یا دیدن این صندوق با شما نیست.
err-fund-name = نام صندوق باید ۳ تا ۶۰ نویسه باشد.
err-fund-join-invalid = این پیوند عضویت درست نیست (شاید نو شده باشد): پیوند کنونی را از تسهیل‌گر صندوق بخواهید.
err-fund-member-not-found = این فرد عضو صندوق نیست.
err-fund-trustee-borrower = امنا از صندوق خود وام نمی‌گیرند (و عضوی که وامش در بازپرداخت است امین نمی‌شود).
err-fund-amount = مبلغ باید دست‌کم ۱٬۰۰۰ تومان باشد.
err-fund-installments = لطفاً شمار ماه‌ها را از ۱ تا ۳۶ بفرستید.
err-fund-purpose = لطفاً در چند کلمه بنویسید وام برای چیست.
err-fund-short = صندوق این مبلغ را ندارد.
err-fund-open-loan = این عضو هنوز وامی در بازپرداخت دارد.
err-fund-overpaid = این بیش از ماندهٔ وام است.
err-fund-loan-not-found = این وام پیدا نشد.
err-fund-entry-not-found = این ثبت در اثر نیست (شاید پیش‌تر اصلاح شده باشد).
err-fund-loan-has-repayments = برای این وام بازپرداخت ثبت شده است: نخست آن‌ها را اصلاح کنید.
fund-history-line = 🏛 در { $date } { $stage } شد.
fund-progress-title = در راه { $stage } شدن:
fund-progress-ready = ✅ آمادهٔ { $stage } شدن (کارشناس شهرستان بررسی می‌کند):
fund-progress-members = { $have } از { $need } عضو
fund-progress-months = { $have } از { $need } ماه فعالیت
fund-progress-capital = سرمایهٔ { $have } از { $need }
fund-progress-onTime = اقساط به‌موقع { $have }٪ (دست‌کم { $need }٪)
btn-fund-convert = 🏛 ثبت تبدیل به { $stage }
btn-fund-convert-sure = بله، تبدیل را ثبت کن
fund-convert-confirm = صندوق اعضا، دفتر و کسب‌وکارهایش را نگه می‌دارد و سابقه‌اش این تصمیم را با ارقام بالا ثبت می‌کند. تبدیل ثبت شود؟
fund-converted = تبدیل ثبت شد ✅
notify-fund-converted = 🏛 صندوق «{ $name }» اکنون { $stage } است: کارشناس شهرستان تبدیل آن را ثبت کرد. اعضا، دفتر و کسب‌وکارهایش همان است که بود.
err-fund-convert-staff = تبدیل صندوق را فقط کارشناس شهرستان آن ثبت می‌کند.
err-fund-converted = این صندوق پیش‌تر تبدیل شده است.
err-fund-not-ready = این صندوق هنوز به آستانه‌ها نرسیده است (پیشرفتش را ببینید).
stats-facilitators = 🤝 پرونده‌های ثبت‌شده به‌دست تسهیل‌گران: { $list }
stats-funds-title = 🏦 صندوق‌های محلی، تعاونی‌ها و اتحادیه‌ها به تفکیک شهرستان:
stats-funds-county = • { $county }: { $funds } صندوق، { $cooperatives } تعاونی، { $unions } اتحادیه؛ اشتغال کسب‌وکارهای اعضا: { $jobs }
fund-union-line = 🏛 از { $date } عضو اتحادیهٔ «{ $name }».
union-progress = 🏛 { $county }: { $have } از { $need } تعاونی بیرون از اتحادیه ({ $unions } اتحادیه تاکنون).
btn-union-form = 🏛 تشکیل اتحادیهٔ تعاونی‌های { $county }
union-default-name = اتحادیهٔ تعاونی‌های { $county }
union-confirm = ثبت شود که تعاونی‌های بیرون از اتحادیهٔ این شهرستان «{ $name }» را تشکیل می‌دهند؟ هر یک اعضا، دفتر و سابقهٔ خود را نگه می‌دارد.
btn-union-sure = بله، اتحادیه را ثبت کن
union-formed = اتحادیهٔ «{ $name }» ثبت شد ✅
notify-union-formed = 🏛 تعاونی شما به اتحادیهٔ «{ $name }» پیوست. اعضا، دفتر و کسب‌وکارهایش همان است که بود.
err-union-not-ready = هنوز تعاونی‌های بیرون از اتحادیه در این شهرستان به اندازهٔ کافی نیست.
err-union-changed = تعاونی‌های شهرستان در این میان تغییر کرد: دوباره نگاه کنید.
export-funds-caption = صندوق‌های محلی: { $count } (صورت‌حساب‌ها؛ مبالغ به ریال)
csv-fund = صندوق
csv-fund-stage = مرحله
csv-fund-members = اعضا
csv-fund-trustees = امنا
csv-fund-balance = موجودی (ریال)
csv-fund-contributed = پس‌انداز اعضا (ریال)
csv-fund-lent-out = وام‌های پرداخت‌شده (ریال)
csv-fund-open-loans = وام‌های باز
csv-fund-on-time = اقساط به‌موقع (٪)
btn-erase-held = 🗑 پاک کردن اطلاعات این فرد
erase-held-confirm = پروندهٔ این فرد به درخواست خودش پاک شود؟ نام، کد ملی، تلفن همراه، مشخصات کسب‌وکار و مدارکش برای همیشه پاک می‌شود و درخواست‌های باز پس گرفته می‌شود. سازمان سوابق را بی‌آن‌که نامی از او بماند نگه می‌دارد.
btn-erase-held-sure = بله، پاک شود
erase-held-done = اطلاعات این فرد پاک شد.
## The staff console (src/web) and /web
cmd-web = ورود به میز کار کارشناسان (پیوند ورود)
web-link =
    🖥 پیوند ورود شما به میز کار کارشناسان (یک بار و تا { $minutes } دقیقه کار می‌کند):
    { $url }
    آن را برای کسی نفرستید: هر کس بازش کند به نام شما وارد می‌شود.
web-not-configured = میز کار کارشناسان روی این سرور راه‌اندازی نشده است (WEB_URL).
err-web-link-invalid = این پیوند ورود معتبر نیست. برای پیوند تازه در ربات /web را بفرستید.
err-web-link-used = این پیوند ورود پیش‌تر به کار رفته است. برای پیوند تازه در ربات /web را بفرستید.
err-web-link-expired = زمان این پیوند ورود گذشته است. برای پیوند تازه در ربات /web را بفرستید.
web-title = میز کار کارشناسان کاریار
web-other-language = English
web-nav-cases = پرونده‌ها
web-nav-reports = گزارش‌ها
web-sign-out = خروج
web-sign-in-title = ورود
web-sign-in-explain = پیوند ورود را از ربات باز کرده‌اید. برای آغاز کار روی این رایانه دکمه را بزنید.
web-sign-in-button = ورود به میز کار
web-signed-out-title = بیرون از میز کار
web-signed-out = وارد نشده‌اید. برای پیوند ورود یک‌باره، در ربات /web را بفرستید.
web-refused-title = اجازه ندارید
web-refused-request = این درخواست پذیرفته نشد. به صفحهٔ میز کار برگردید و دوباره بکوشید.
web-error-title = مشکلی پیش آمد
web-not-found-title = پیدا نشد
web-not-found = چنین صفحه‌ای نیست.
web-cases-title = پرونده‌ها
web-search = جست‌وجو
web-search-placeholder = کد رهگیری، نام یا شمارهٔ مجوز
web-search-too-long = جست‌وجو بیش از حد بلند است (بیش از { $max } نویسه)؛ کوتاه‌ترش کنید و دوباره بگردید.
web-filter-county = شهرستان
web-filter-county-all = همهٔ شهرستان‌ها
web-filter-kind = نوع
web-filter-kind-all = همهٔ انواع
web-filter-status = وضعیت
web-filter-status-open = پرونده‌های باز
web-filter-status-all = همهٔ وضعیت‌ها
web-filter-program = طرح
web-filter-program-all = همهٔ طرح‌ها
web-filter-category = زمینهٔ فعالیت
web-filter-category-all = همهٔ زمینه‌ها
web-filter-overdue = فقط دیرکردها
web-filter-apply = نمایش
web-filter-clear = پاک کردن
web-cases-count = { $count } پرونده
web-cases-empty = هیچ پرونده‌ای پیدا نشد.
web-col-code = کد رهگیری
web-col-applicant = متقاضی
web-col-business = کسب‌وکار
web-col-county = شهرستان
web-col-kind = نوع
web-col-program = طرح
web-col-status = وضعیت
web-col-submitted = تاریخ ثبت
web-col-changed = در این وضعیت از
web-overdue = دیرکرد
web-pages = صفحه‌ها
web-page-previous = › قبلی
web-page-next = بعدی ‹
web-page-of = صفحهٔ { $page } از { $pages }
web-case-title = پروندهٔ { $code }
web-submitted-on = ثبت‌شده در { $date }
web-assignee = کارشناس: { $name }
web-print = 🖨 پروندهٔ چاپی (A4)
web-printed-on = چاپ‌شده در { $date }
web-jobs-title = اشتغال پس از پرداخت (گزارش متقاضی)
web-jobs-line = { $months } ماه پس از پرداخت: خود متقاضی { $self } · اشتغال تازه { $new } · اشتغال حفظ‌شده { $kept }
web-yes = کار می‌کند
web-no = کار نمی‌کند
web-jobs-waiting = در انتظار تأیید
web-jobs-verified = تأییدشده
web-jobs-corrected = اصلاح‌شده
web-jobs-verify = ✅ تأیید همین گزارش
web-jobs-correct = ✏️ ثبت با اصلاح
web-jobs-self = خود متقاضی در کسب‌وکار کار می‌کند
web-jobs-newJobs = اشتغال تازه (نفر)
web-jobs-keptJobs = اشتغال حفظ‌شده (نفر)
web-jobs-recorded = گزارش اشتغال ثبت شد ✅
web-bank = بانک
web-bank-branch = شعبه (نام یا کد)
web-bank-day = روز (مثلاً ۱۴۰۵/۰۹/۱۱)
web-bank-amount = مبلغ پرداخت‌شده (به تومان، یا بنویسید «ریال»)
web-bank-return-reason = دلیل بازگشت
web-case-actions = اقدام‌ها
web-case-applicant = متقاضی
web-case-business = کسب‌وکار
web-case-documents = مدارک
web-national-id = کد ملی
web-phone = تلفن همراه
web-category = زمینهٔ فعالیت
web-village = روستا یا شهر
web-workplace = محل کار
web-jobs = اشتغال پیش‌بینی‌شده
web-capital = سرمایهٔ لازم
web-description = توضیح
web-amount = مبلغ
web-repayment = بازپرداخت
web-purpose = هدف
web-permit = مجوز کسب‌وکار خانگی
web-permit-number = شمارهٔ مجوز
web-permit-issued = تاریخ صدور
web-permit-expires = معتبر تا
web-doc-received = رسیده ({ $count })
web-doc-requested = درخواست شده، هنوز نرسیده
web-doc-missing = نرسیده
web-no-documents = هنوز مدرکی نرسیده است.
web-note-optional = یادداشتی برای متقاضی (اختیاری)
web-reason = دلیل (متقاضی آن را می‌خواند)
web-signature-coordinator = امضای کارشناس
web-signature-office = مهر و امضای اداره
web-reports-title = گزارش‌ها
web-report-scope = آمار { $scope }. هر عدد پرونده‌های پشت آن را باز می‌کند.
web-report-total = درخواست‌ها
web-report-overdue = دیرکرد
web-report-jobs = اشتغال پیش‌بینی‌شده
web-report-by-status = بر پایهٔ وضعیت
web-report-by-county = بر پایهٔ شهرستان
web-report-by-kind = بر پایهٔ نوع
web-report-by-category = بر پایهٔ زمینهٔ فعالیت
web-report-approvals = تأییدها در هر هفته
web-export = ⬇️ دریافت صفحه‌گسترده (CSV)
web-nav-staff = کارشناسان
web-nav-broadcasts = اطلاعیه‌ها
web-staff-title = کارشناسان
web-staff-empty = هنوز کارشناسی نیست.
web-staff-save = ذخیرهٔ شهرستان‌ها
web-staff-saved = شهرستان‌های { $name } ذخیره شد ✅
web-staff-revoke = لغو نقش
web-staff-revoke-sure = بله، { $name } دیگر کارشناس نباشد
web-staff-invite = دعوت از کارشناس
web-staff-invite-button = ساخت پیوند دعوت
web-staff-invited = دعوت‌نامه ساخته شد ✅ یک بار و تا { $expires } کار می‌کند. این پیوند را برای کارشناس بفرستید:
web-broadcasts-title = اطلاعیه‌ها
web-broadcast-time = زمان ارسال
web-broadcast-progress = پیشرفت
web-broadcast-counts = رسیده { $sent } از { $total } · ناموفق { $failed } · مسدود { $blocked }
web-broadcast-cancel = لغو
web-broadcast-compose = اطلاعیهٔ تازه
web-broadcast-text = متن پیام
web-broadcast-applicants = متقاضیان
web-broadcast-coordinators = همهٔ کارشناسان
web-broadcast-any = همه
web-broadcast-at = زمان ارسال (به وقت تهران؛ خالی: همین حالا)
web-broadcast-count = شمارش مخاطبان
web-broadcast-send = ارسال
web-broadcast-created = اطلاعیهٔ { $id } ساخته شد ✅ سر وقتش فرستاده می‌شود.
web-nav-catalog = طرح‌ها
web-catalog-title = طرح‌های وام و حمایت
web-catalog-retired = بازنشسته
web-catalog-upload = بارگذاری فایل تازهٔ طرح‌ها
web-catalog-upload-explain = این فایل جای همهٔ طرح‌ها را می‌گیرد (مانند npm run programs:import). فایلی که هر مشکلی داشته باشد یکجا پذیرفته نمی‌شود و همهٔ مشکل‌ها فهرست می‌شوند؛ طرح‌های کنونی سر جایشان می‌مانند.
web-catalog-upload-button = بارگذاری و ثبت
web-catalog-imported = طرح‌ها ثبت شد ✅ { $count } طرح.
web-catalog-refused = فایل پذیرفته نشد و چیزی تغییر نکرد. { $count } مشکل:
web-filter-facilitator = تسهیل‌گر
web-filter-facilitator-all = همهٔ تسهیل‌گرها (و ثبت‌های خود متقاضیان)
web-filter-village = روستا یا شهر
web-broadcast-language = زبان

## The bank pipeline (Note 16 loans): introduced → the bank's decision → paid or returned
btn-case-bank-approved = 🏦✅ موافقت بانک
btn-case-bank-return = ↩️ برگشت از بانک
bank-keshavarzi = بانک کشاورزی
bank-tosee-taavon = بانک توسعهٔ تعاون
bank-post-bank = پست بانک
bank-mehr-iran = بانک قرض‌الحسنهٔ مهر ایران
bank-resalat = بانک قرض‌الحسنهٔ رسالت
bank-refah = بانک رفاه کارگران
bank-melli = بانک ملی
bank-sepah = بانک سپه
bank-saderat = بانک صادرات
bank-other = بانک دیگر
return-reason-guarantor = ضامن یا وثیقهٔ پذیرفته‌نشده
return-reason-credit-record = سابقهٔ چک برگشتی یا بدهی معوق
return-reason-documents = نقص مدارک
return-reason-bank-quota = تمام شدن سهمیهٔ بانک
return-reason-not-eligible = نداشتن شرایط طرح
return-reason-plan-not-viable = توجیه‌ناپذیر بودن طرح
return-reason-applicant-absent = مراجعه نکردن متقاضی به بانک
return-reason-applicant-withdrew = انصراف متقاضی
return-reason-other = دلیل دیگر
refer-ask-bank = 🏦 پروندهٔ { $code } به کدام بانک معرفی شد؟
refer-ask-branch = نام یا کد شعبه را بنویسید (مثلاً «شعبهٔ مرکزی شیراز» یا «۲۱۴۵»).
bank-ask-date = { $question }
    امروز یا دیروز را بزنید، یا تاریخ را بنویسید (مثلاً ۱۴۰۵/۰۹/۱۱).
refer-date-question = 📅 تاریخ معرفی به بانک؟
pay-date-question = 📅 تاریخ پرداخت وام؟
btn-today = امروز
btn-yesterday = دیروز
refer-confirm =
    معرفی پروندهٔ { $code } به بانک:
    بانک: { $bank }
    شعبه: { $branch }
    تاریخ: { $date }
    درست است؟
pay-ask-amount = 💵 چه مبلغی به متقاضی پروندهٔ { $code } پرداخت شد؟ (مبلغ درخواستی: { $requested })
pay-confirm =
    پرداخت وام پروندهٔ { $code }:
    مبلغ: { $amount }
    تاریخ: { $date }
    درست است؟ پس از ثبت، تغییر نمی‌کند.
return-ask-reason = ↩️ بانک پروندهٔ { $code } را به چه دلیل برگرداند؟
return-note-ask = توضیحی برای متقاضی می‌نویسید؟ (یا «بدون یادداشت» را بزنید)
return-confirm =
    برگشت پروندهٔ { $code } از بانک:
    دلیل: { $reason }
    توضیح: { $note }
    درست است؟
btn-bank-yes = ✅ ثبت شود
btn-bank-edit = ✏️ از نو
btn-bank-no = ↩️ منصرف شدم
bank-left = کار پروندهٔ { $code } در بانک نیمه‌کاره ماند؛ چیزی ثبت نشد.
flow-bank-refer = معرفی به بانک
flow-bank-pay = ثبت پرداخت
flow-bank-return = برگشت از بانک
err-date-format = تاریخ را به شکل ۱۴۰۵/۰۹/۱۱ بنویسید یا یکی از دکمه‌ها را بزنید.
err-date-future = این تاریخ هنوز نرسیده است.
err-date-gregorian = این سال میلادی است؛ تاریخ را شمسی بنویسید، مثل ۱۳۶۹/۰۱/۰۱ یا ۱۴۰۵/۰۹/۱۱.
err-date-before-application = این تاریخ پیش از ثبت درخواست است.
err-date-before-introduction = تاریخ پرداخت نمی‌تواند پیش از معرفی به بانک باشد.
err-branch-short = نام یا کد شعبه را بنویسید (دست‌کم دو نویسه).
err-bank-required = بانک را انتخاب کنید.
err-payment-required = مبلغ و تاریخ پرداخت لازم است.
err-payment-amount = این مبلغ پذیرفتنی نیست.
err-return-reason-required = دلیل برگشت را از فهرست انتخاب کنید.
err-payment-range = مبلغ پرداخت باید بین { $min } و { $max } باشد.
case-bank-referral = 🏦 { $bank } · شعبه: { $branch } · معرفی: { $introduced } ({ $days } روز پیش)
case-bank-approved = · موافقت بانک: { $date }
case-bank-paid = 💵 پرداخت‌شده: { $amount } در { $date } ({ $days } روز پس از معرفی)
case-bank-returned = ↩️ برگشت: { $reason } ({ $date })
notify-bank-introduced =
    🏦 درخواست وام { $trackingCode } به { $bank }، { $branch } معرفی شد ({ $date }).
    برای تکمیل پرونده به همین شعبه مراجعه کنید.
notify-bank-approved =
    ✅ بانک با وام درخواست { $trackingCode } موافقت کرد؛ پرداخت به‌زودی انجام می‌شود.
notify-bank-paid =
    💵 وام درخواست { $trackingCode } پرداخت شد: { $amount } ({ $date }).
notify-bank-returned =
    ↩️ بانک درخواست { $trackingCode } را برگرداند. دلیل: { $reason }
reminder-bank-overdue = 🏦 وام پروندهٔ { $trackingCode } که { $introducedAt } به { $bank } ({ $branch }) معرفی شد، پس از { $days } روز هنوز پرداخت نشده است.
digest-bank-overdue =
    🏦 { $total } وام معرفی‌شده به بانک پس از { $days } روز هنوز پرداخت نشده است. قدیمی‌ترین‌ها (کد — شهرستان — روز از معرفی):
    { $list }
notify-bank-returned-note =
    ↩️ بانک درخواست { $trackingCode } را برگرداند. دلیل: { $reason }
    توضیح کارشناس: { $note }

## Jobs actually created: follow-ups months after a loan was paid, verified by a coordinator
followup-jobs =
    👷 { $months } ماه از پرداخت وام درخواست { $trackingCode } گذشته است.
    لطفاً بگویید اکنون چند نفر در کسب‌وکار شما کار می‌کنند؛ این پاسخ در گزارش اشتغال استان شمرده می‌شود.
btn-jobs-answer = 📝 پاسخ می‌دهم
jobs-ask-self = 👤 آیا خودتان اکنون در کسب‌وکار (درخواست { $code }) کار می‌کنید؟
btn-jobs-self-yes = بله
btn-jobs-self-no = نه
jobs-ask-new = 🆕 جز خودتان، چند نفر پس از گرفتن وام در آن به کار مشغول شده‌اند (شغل تازه)؟
jobs-ask-kept = 🤝 و چند نفر که پیش از وام هم آنجا کار می‌کردند، هنوز کار می‌کنند (شغل حفظ‌شده)؟
jobs-type-more = یکی از دکمه‌ها را بزنید یا عدد را بنویسید.
jobs-confirm =
    پاسخ شما دربارهٔ درخواست { $code }:
    خودتان: { $self }
    شغل تازه: { $newJobs } نفر
    شغل حفظ‌شده: { $keptJobs } نفر
    فرستاده شود؟
btn-jobs-send = ✅ فرستاده شود
jobs-self-yes = کار می‌کند
jobs-self-no = کار نمی‌کند
jobs-thanks = 🙏 سپاس؛ پاسخ شما ثبت شد و کارشناس شهرستان آن را بررسی می‌کند.
jobs-left = پاسخ اشتغال نیمه‌کاره ماند؛ با همان دکمه دوباره ادامه دهید.
jobs-correct-left = اصلاح گزارش اشتغال پروندهٔ { $code } نیمه‌کاره ماند؛ چیزی ثبت نشد.
flow-jobs-report = گزارش اشتغال
flow-jobs-correct = اصلاح گزارش اشتغال
jobs-kind-employer = کارفرما
jobs-kind-self-employed = خوداشتغال
jobs-kind-none = بدون اشتغال
notify-jobs-reported =
    👷 گزارش اشتغال پروندهٔ { $trackingCode } ({ $months } ماه پس از پرداخت):
    متقاضی: { $self } · شغل تازه: { $newJobs } · حفظ‌شده: { $keptJobs } · { $kind }
btn-jobs-verify = ✅ تأیید گزارش
btn-jobs-correct = ✏️ اصلاح
jobs-verified = گزارش اشتغال تأیید شد ✅
jobs-corrected = گزارش اشتغال اصلاح و تأیید شد ✅
err-people-count = تعداد نفرات را با عدد بنویسید (۰ تا ۹۹۹).
err-jobs-invalid = این پاسخ پذیرفتنی نیست.
err-jobs-not-due = هنوز زمان این پرسش نرسیده است.
err-jobs-already-reported = این پرسش پیش‌تر پاسخ داده شده است.
err-jobs-already-verified = این گزارش پیش‌تر تأیید شده است.

## Note 16 in the catalog: funding lines, introducing bodies, target groups, closed fields
funding-note-16 = تبصرهٔ ۱۶ قانون بودجه
funding-note-18 = تبصرهٔ ۱۸ قانون بودجه
funding-home-business = صندوق توسعهٔ مشاغل خانگی
funding-community-funds = صندوق‌های اعتبارات خرد روستایی
funding-agency-own = اعتبارات خود اداره
funding-other = منبع دیگر
body-relief-committee = کمیتهٔ امداد امام خمینی
body-welfare = سازمان بهزیستی
body-basij-construction = سازمان بسیج سازندگی
body-jihad-agriculture = جهاد کشاورزی
body-cultural-heritage = میراث فرهنگی، گردشگری و صنایع‌دستی
body-rural-development = ادارهٔ توسعهٔ روستایی
body-technical-vocational = آموزش فنی و حرفه‌ای
body-other = دستگاه دیگر
group-women-heads = زنان سرپرست خانوار
group-graduates = دانش‌آموختگان دانشگاهی
group-relief-clients = مددجویان کمیتهٔ امداد
group-welfare-clients = مددجویان بهزیستی
group-disabled = افراد دارای معلولیت
group-martyrs-families = خانوادهٔ شاهد و ایثارگر
group-rural-youth = جوانان روستایی
group-nomads = عشایر
program-funding = 🏛 محل اعتبار: { $line }
program-body = 🏢 با معرفی { $body }: سود { $rate }٪ · سقف هر شغل { $cap }
program-groups = 👥 گروه‌های هدف: { $list }
program-field-closed = ⛔ رشتهٔ { $field } بسته است: { $why }
program-provisional = ⚠️ این ارقام برآورد است و هنوز به تأیید اداره نرسیده است.
why-field-closed = رشتهٔ کاری شما در این طرح بسته است ({ $why })
why-field-full = سهمیهٔ این رشته ({ $quota } درخواست) پر شده است
apply-ask-body = 🏢 کدام دستگاه شما را معرفی می‌کند؟ (سود و سقف وام به آن بستگی دارد)
field-body = دستگاه معرفی‌کننده
err-body-required = دستگاه معرفی‌کننده را از فهرست طرح انتخاب کنید.
app-introducing-body = دستگاه معرفی‌کننده: { $body }
err-over-job-cap = این مبلغ از سقف وام این دستگاه برای { $jobs } شغل طرح شما بیشتر است.

## The working group's report (/report)
report-ask-period = 📊 گزارش جذب تسهیلات و اشتغال ایجادشده، برای چه دوره‌ای؟
report-period-month = این ماه
report-period-season = این فصل
report-period-year = امسال
report-title = 📊 گزارش جذب تسهیلات و اشتغال ایجادشده — { $period } ({ $from } تا { $to })؛ مهلت پرداخت: { $days } روز
report-figures =
    📝 طرح‌های ثبت‌شده: { $registered } (درخواستی: { $requested })
    🏦 معرفی به بانک: { $introduced } · 💵 پرداخت‌شده: { $paid } ({ $paidAmount }) · ↩️ برگشتی: { $returned }
    ⏱ میانهٔ روزهای معرفی تا پرداخت: { $median } · در مهلت: { $within }٪
    👷 اشتغال تعهدشده: { $committed } · محقق‌شده: { $realized } ({ $realizedShare }٪) · شغل به ازای هر طرح: { $perPlan }
    🆕 تازه: { $newJobs } · 🤝 حفظ‌شده: { $keptJobs } · کارفرما: { $employers } · خوداشتغال: { $selfEmployed }
    🏷 مجوزهای صادرشده: { $permits }
    🗓 پاسخ سالانهٔ کسب‌وکارهای دارای مجوز بدون وام: { $permitsReported } · اشتغال: { $permitJobs } · کارفرما: { $permitEmployers } · خوداشتغال: { $permitSelfEmployed }
report-counties = 🏆 رتبهٔ شهرستان‌ها (پرداخت، اشتغال محقق از تعهد):
report-county-line = { $rank }. { $county } — پرداخت { $paid } · اشتغال { $realized } از { $committed }
report-bodies = 🏢 به تفکیک دستگاه معرفی‌کننده:
report-body-line = • { $body } — ثبت { $registered } · پرداخت { $paid } · اشتغال محقق { $realized }
report-no-body = بدون دستگاه معرفی‌کننده
report-chart-paid = وام‌های پرداخت‌شده به تفکیک شهرستان
report-chart-jobs = درصد تحقق اشتغال تعهدشده به تفکیک شهرستان
report-chart-bodies = وام‌های پرداخت‌شده به تفکیک دستگاه معرفی‌کننده
observer-invite-created =
    دعوت ناظر ساخته شد ✅ یک بار کار می‌کند و تا { $expires } معتبر است.
    این پیوند را برای عضو کارگروه بفرستید؛ او فقط گزارش استان را می‌بیند:
    { $link }
observer-accepted =
    خوش آمدید! شما ناظر کارگروه هستید و گزارش جذب تسهیلات و اشتغال استان را می‌بینید.
    /report را بفرستید.
help-text-observer = 📊 شما ناظر کارگروه هستید: /report گزارش جذب تسهیلات و اشتغال استان را برای این ماه، این فصل یا امسال می‌فرستد و /web پیوند ورود به میز کار را، که همین گزارش را با جدول‌هایش نشان می‌دهد.
report-monthly =
    📊 گزارش ماهانهٔ جذب تسهیلات و اشتغال ایجادشدهٔ استان ({ $from } تا { $to })
    📝 طرح‌های ثبت‌شده: { $registered } · 🏦 معرفی به بانک: { $introduced } · ↩️ برگشتی: { $returned }
    💵 پرداخت‌شده: { $paid } ({ $paidAmount })
    ⏱ میانهٔ روزهای معرفی تا پرداخت: { $median } · در مهلت: { $within }٪
    👷 اشتغال تعهدشده: { $committed } · محقق‌شده: { $realized } ({ $realizedShare }٪) · تازه: { $newJobs } · حفظ‌شده: { $keptJobs }
    🏷 مجوزهای صادرشده: { $permits }
    🏆 شهرستان‌های برتر (پرداخت):
    { $counties }
    نمودارها و جزئیات: /report
case-jobs = 👷 { $months } ماه پس از پرداخت: متقاضی { $self } · تازه { $newJobs } · حفظ‌شده { $keptJobs } ({ $state })
case-jobs-verified = تأییدشده
case-jobs-corrected = اصلاح‌شده
case-jobs-unverified = در انتظار تأیید

## The working group's report in the console (observers sign in to read it)
web-wg-title = گزارش جذب تسهیلات و اشتغال ایجادشده
web-wg-period = دورهٔ گزارش
web-wg-range = از { $from } تا { $to }؛ مهلت پرداخت: { $days } روز
web-wg-percent = { $n }٪
web-wg-counties = رتبهٔ شهرستان‌ها (بیشترین پرداخت، سپس بیشترین اشتغال محقق)
web-wg-county = شهرستان
web-wg-bodies = به تفکیک دستگاه معرفی‌کننده
web-wg-body = دستگاه معرفی‌کننده
web-wg-col-registered = طرح‌های ثبت‌شده
web-wg-col-introduced = معرفی به بانک
web-wg-col-paid = پرداخت‌شده
web-wg-col-paid-amount = مبلغ پرداخت‌شده
web-wg-col-returned = برگشتی
web-wg-col-median = میانهٔ روزهای معرفی تا پرداخت
web-wg-col-within = پرداخت در مهلت
web-wg-col-committed = اشتغال تعهدشده
web-wg-col-realized = اشتغال محقق‌شده
web-wg-col-permits = مجوزهای صادرشده
web-wg-new-jobs = شغل‌های تازه
web-wg-kept-jobs = شغل‌های حفظ‌شده
web-wg-employers = کارفرما
web-wg-self-employed = خوداشتغال
## Spreadsheet exports (.xlsx): the working group's report and fund statements
xlsx-sheet-summary = خلاصه
xlsx-sheet-counties = شهرستان‌ها
xlsx-sheet-bodies = دستگاه‌های معرفی‌کننده
xlsx-sheet-county-body = شهرستان و دستگاه
xlsx-sheet-cases = پرونده‌ها
xlsx-sheet-funds = صندوق‌ها و تعاونی‌ها
xlsx-sheet-facilitators = تسهیل‌گران
xlsx-funds = صندوق‌های محلی (امروز)
xlsx-cooperatives = تعاونی‌ها (امروز)
xlsx-unions = اتحادیه‌ها (امروز)
xlsx-member-jobs = اشتغال پیش‌بینی‌شدهٔ کسب‌وکار اعضا (نفر)
xlsx-facilitator = تسهیل‌گر
xlsx-facilitator-cases = پرونده‌های ثبت‌شده از سوی او (تا امروز)
xlsx-figure = شاخص
xlsx-value = مقدار
xlsx-period = دوره
xlsx-from = از تاریخ
xlsx-to = تا تاریخ
xlsx-rule-days = مهلت پرداخت (روز)
xlsx-rank = رتبه
xlsx-registered = طرح‌های ثبت‌شده
xlsx-requested-rials = مبلغ درخواستی (ریال)
xlsx-introduced = معرفی به بانک
xlsx-paid = پرداخت‌شده
xlsx-paid-rials = مبلغ پرداخت‌شده (ریال)
xlsx-paid-within = پرداخت در مهلت
xlsx-within-percent = پرداخت در مهلت (٪)
xlsx-median-days = میانهٔ روزهای معرفی تا پرداخت
xlsx-returned = برگشتی از بانک
xlsx-committed-jobs = اشتغال تعهدشده (نفر)
xlsx-reported-loans = طرح‌های گزارش‌دهندهٔ اشتغال
xlsx-realized-jobs = اشتغال محقق‌شده (نفر)
xlsx-realized-percent = تحقق اشتغال (٪)
xlsx-new-jobs = شغل تازه (نفر)
xlsx-kept-jobs = شغل حفظ‌شده (نفر)
xlsx-employers = کارفرما
xlsx-self-employed = خوداشتغال
xlsx-jobs-per-plan = شغل به ازای هر طرح
xlsx-permits = مجوزهای صادرشده
xlsx-permits-reported = مجوزهای بدون وام با پاسخ سالانه
xlsx-permit-jobs = اشتغال مجوزهای بدون وام (نفر، پاسخ سالانه)
xlsx-permit-employers = مجوزهای بدون وام: کارفرما
xlsx-permit-self-employed = مجوزهای بدون وام: خوداشتغال
xlsx-cases-total = پرونده‌ها
xlsx-cases-shown = پرونده‌های آمده در برگهٔ پرونده‌ها (قدیمی‌ترین‌ها)
xlsx-village = روستا
xlsx-body = دستگاه معرفی‌کننده
xlsx-submitted = تاریخ ثبت
xlsx-bank = بانک
xlsx-branch = شعبه
xlsx-introduced-on = تاریخ معرفی به بانک
xlsx-paid-on = تاریخ پرداخت
xlsx-days-to-payment = روزهای معرفی تا پرداخت
xlsx-return-reason = دلیل برگشت
xlsx-jobs-months = ماه پس از پرداخت (آخرین گزارش اشتغال)
xlsx-self-works = متقاضی خودش کار می‌کند
xlsx-jobs-verified = اشتغال تأییدشده
xlsx-permit-issued = تاریخ صدور مجوز
xlsx-yes = بله
xlsx-no = خیر
xlsx-sheet-fund = صورت‌حساب صندوق
xlsx-sheet-members = اعضا
xlsx-sheet-loans = وام‌ها
xlsx-fund = صندوق
xlsx-fund-stage = مرحله
xlsx-fund-as-of = تاریخ صورت‌حساب
xlsx-fund-balance-rials = موجودی (ریال)
xlsx-fund-contributed-rials = پس‌انداز (ریال)
xlsx-fund-lent-out-rials = وام‌های در دست اعضا (ریال)
xlsx-fund-open-loans = وام‌های در حال بازپرداخت
xlsx-fund-on-time-percent = اقساط پرداخت‌شده در موعد (٪)
xlsx-fund-members = اعضا (نفر)
xlsx-fund-trustees = امنا (نفر)
xlsx-member = عضو
xlsx-member-role = نقش
xlsx-trustee = امین
xlsx-member-plain = عضو
xlsx-loan-rials = مبلغ وام (ریال)
xlsx-repaid-rials = بازپرداخت‌شده (ریال)
xlsx-remaining-rials = مانده (ریال)
xlsx-next-due = سررسید قسط بعدی
xlsx-next-due-rials = قسط بعدی (ریال)
xlsx-installments-due = اقساط سررسیدشده
xlsx-installments-on-time = اقساط پرداخت‌شده در موعد
report-xlsx-caption = 📥 همین گزارش در صفحه‌گسترده، با یک ردیف برای هر پرونده. مبلغ‌ها به ریال و تاریخ‌ها شمسی است.
report-xlsx-too-large = صفحه‌گستردهٔ این گزارش بزرگ‌تر از آن است که پیام‌رسان بپذیرد؛ آن را از بخش گزارش‌های پیشخوان وب دریافت کنید.
report-monthly-xlsx-caption = 📥 گزارش ماه گذشته در صفحه‌گسترده، با یک ردیف برای هر پرونده.
btn-fund-xlsx = 📥 صورت‌حساب در صفحه‌گسترده
fund-xlsx-caption = 📥 صورت‌حساب «{ $name }» در صفحه‌گسترده: موجودی، اعضا و وام‌ها.
web-report-xlsx-title = گزارش کارگروه در صفحه‌گسترده
web-report-xlsx = ⬇️ { $period } (xlsx)
## Conversion-industry hubs (قطب‌های صنایع تبدیلی): the county hub, what it buys, linking a business, the report
chain-dates = خرما
chain-citrus = مرکبات
chain-pomegranate = انار
chain-grape = انگور و کشمش
chain-fig = انجیر
chain-apple = سیب
chain-nuts = خشکبار (بادام، گردو، پسته)
chain-rice = برنج
chain-grain = غلات و آرد
chain-tomato = گوجه‌فرنگی
chain-olive = زیتون
chain-dairy = شیر و لبنیات
chain-meat = گوشت و دام
chain-honey = عسل و فرآورده‌های زنبور
chain-medicinal-herbs = گیاهان دارویی و عرقیات
chain-wool-carpet = پشم، گبه و فرش دستباف
hub-name = 🏭 قطب صنایع تبدیلی شهرستان { $county }: { $name } (زنجیرهٔ { $chain })
hub-products = محصولات: { $list } · ظرفیت: { $capacity }
hub-capacity-tonnes-per-year = { $amount } تن در سال
hub-capacity-litres-per-day = { $amount } لیتر در روز
hub-capacity-pieces-per-month = { $amount } عدد در ماه
hub-capacity-square-metres-per-year = { $amount } متر مربع در سال
hub-provisional = ⚠️ اطلاعات این قطب هنوز به تأیید سازمان نرسیده است.
hub-contact = 📞 برای فروش به قطب: { $office }، تلفن { $phone } — نشانی: { $place }، { $address }
hub-you-are-linked = 🔗 کسب‌وکار شما به این قطب پیوسته است.
hub-buys-from-you = ✅ رشتهٔ کار شما ({ $field }) خوراک این قطب است؛ از شما می‌خرد: { $what }{ $season }
hub-season = ، در { $season }
hub-buys-from = این قطب از این رشته‌ها خرید می‌کند: { $list }
program-favours-chains = ⭐ این برنامه کسب‌وکارهایی را در اولویت دارد که خوراک قطب‌های این زنجیره‌ها هستند: { $list }
program-favours-your-hub = ⭐ زنجیرهٔ { $chain } قطب شهرستان شما ({ $name }) در اولویت این برنامه است.
fit-line-favoured = • { $name } ⭐ در اولویت زنجیرهٔ { $chain } ({ $hub })
case-hub-linked = 🔗 پیوسته به { $name }
case-hub-feeds = 🏭 قطب شهرستان: { $name } — از این رشته می‌خرد: { $what }
case-hub-not-fed = 🏭 قطب شهرستان: { $name } — از رشتهٔ { $field } خریدی ندارد.
btn-case-hub-link = 🔗 پیوند به قطب صنایع تبدیلی
btn-case-hub-unlink = ✂️ لغو پیوند با قطب
hub-linked-done = کسب‌وکار به { $name } پیوند خورد ✅
hub-unlinked-done = پیوند کسب‌وکار با قطب لغو شد.
hub-already-linked = این کسب‌وکار پیش‌تر به قطب شهرستانش پیوسته است.
hub-not-linked = این کسب‌وکار به قطبی پیوسته نیست.
err-hub-none = شهرستان این کسب‌وکار هنوز قطب صنایع تبدیلی ندارد.
notify-hub-linked =
    🏭 کسب‌وکار شما به { $hub } پیوند خورد.
    این قطب از شما می‌خرد: { $what }.
    برای فروش محصول‌تان با { $office } تماس بگیرید: { $phone }
notify-hub-linked-unfed =
    🏭 کسب‌وکار شما به { $hub } پیوند خورد.
    این قطب فعلاً مادهٔ خامی از رشتهٔ کار شما نمی‌خرد، اما برای همکاری می‌توانید با { $office } تماس بگیرید: { $phone }
web-hub-title = قطب صنایع تبدیلی
web-hub-none = شهرستان این کسب‌وکار هنوز قطب صنایع تبدیلی ندارد.
web-hub-linked = کسب‌وکار به قطب شهرستانش پیوند خورد ✅
report-hubs = 🏭 قطب‌های صنایع تبدیلی (کسب‌وکارهای پیوسته، تا امروز):
report-hub-line = • { $name } — کسب‌وکار { $businesses } · اشتغال تعهدشده { $planned } · محقق { $realized }
report-hubs-none = هنوز کسب‌وکاری به قطبی پیوند نخورده است.
report-hubs-more = … و { $count } قطب دیگر
web-report-hubs = قطب‌های صنایع تبدیلی: کسب‌وکارهای پیوسته و اشتغال آن‌ها (تا امروز)
web-report-hub-name = قطب
web-report-hub-county = شهرستان
web-report-hub-businesses = کسب‌وکارهای پیوسته
web-report-hub-planned = اشتغال تعهدشده
web-report-hub-realized = اشتغال محقق
mydata-business-hub = 🏭 پیوسته به { $name } (از { $date })

## What employment programs check of the applicant (src/domain/applicant/facts.ts)
apply-ask-group = 👥 با کدام گروه هدف این طرح درخواست می‌دهید؟
apply-facts-intro = این طرح چند چیز دربارهٔ خود شما را بررسی می‌کند. یک بار می‌پرسیم و برای درخواست‌های بعدی نگه می‌داریم (در /mydata می‌بینید).
fact-ask-birthDate = 🎂 تاریخ تولدتان را به شکل ۱۳۷۰/۰۵/۲۱ بنویسید.
fact-ask-sex = جنسیت شما؟
fact-ask-education = 🎓 بالاترین مدرک تحصیلی شما؟
fact-ask-reliefClient = آیا زیر پوشش کمیتهٔ امداد امام خمینی هستید؟
fact-ask-welfareClient = آیا زیر پوشش سازمان بهزیستی هستید؟
fact-ask-priorLoan = آیا در { $years } سال گذشته وام اشتغال گرفته‌اید؟
sex-female = زن
sex-male = مرد
education-none = بی‌سواد یا سواد خواندن و نوشتن
education-primary = ابتدایی
education-secondary = راهنمایی
education-diploma = دیپلم
education-associate = کاردانی
education-bachelor = کارشناسی
education-postgraduate = کارشناسی ارشد یا دکتری
btn-yes = بله
btn-no = خیر
err-birth-date-format = تاریخ تولد را به شکل ۱۳۷۰/۰۵/۲۱ بنویسید (سال، ماه، روز).
err-birth-date-range = این تاریخ تولد درست به نظر نمی‌رسد؛ دوباره بنویسید.
err-group-required = گروه هدف را از فهرست طرح انتخاب کنید.
err-facts-missing = این طرح چند پرسش دربارهٔ خود شما دارد که هنوز پاسخ نداده‌اید؛ درخواست را دوباره از صفحهٔ طرح آغاز کنید.
why-too-young = برای { $age } سال به بالاست
why-too-old = برای تا { $age } سال است
why-prior-loan = برای کسانی است که در { $years } سال گذشته وام اشتغال نگرفته‌اند
why-not-in-group = پاسخ‌های شما با گروه «{ $group }» جور نیست
refuse-too-young = این طرح برای { $age } سال به بالاست.
refuse-too-old = این طرح برای تا { $age } سال است.
refuse-prior-loan = این طرح برای کسانی است که در { $years } سال گذشته وام اشتغال نگرفته‌اند.
refuse-not-in-group = پاسخ‌های شما با گروه «{ $group }» جور نیست.
field-group = گروه هدف
mydata-facts = 🧾 برای طرح‌های اشتغال: تاریخ تولد { $birthDate } · جنسیت { $sex } · تحصیلات { $education } · کمیتهٔ امداد { $relief } · بهزیستی { $welfare } · وام اشتغال در سال‌های گذشته { $priorLoan }
report-groups = 👥 به تفکیک گروه هدف (پرونده‌هایی که با آن گروه درخواست داده‌اند):
report-group-line = • { $group } — ثبت { $registered } · معرفی به بانک { $introduced } · پرداخت { $paid }
report-chart-groups = پرونده‌های ثبت‌شده به تفکیک گروه هدف
xlsx-sheet-groups = گروه‌های هدف
xlsx-group = گروه هدف
case-target-group = 👥 گروه هدف: { $group }
case-portal =
    🗂 برای سامانهٔ ملی مجوزهای کسب‌وکار خانگی:
    نام: { $name }
    کد ملی: { $nationalId }
    تلفن همراه: { $phone }
    تاریخ تولد: { $birthDate }
    زمینهٔ فعالیت: { $field }
    نام کسب‌وکار: { $business }
    محل کار: { $workplace }
    شهرستان: { $county } · روستا: { $village }
case-portal-not-given = هنوز نگفته است
web-case-portal = برای سامانهٔ ملی مجوزهای کسب‌وکار خانگی
web-birth-date = تاریخ تولد
web-activity-field = زمینهٔ فعالیت

## Starred fields: the permit waits for a second body (health network, veterinary, culture office)
app-second-body-waiting = ⏳ در انتظار تأیید { $body }
app-second-body-refused = ⛔ { $body } با صدور مجوز موافقت نکرد: { $reason }
app-second-body-needed = ⭐ رشتهٔ ستاره‌دار: صدور مجوز به تأیید { $body } نیاز دارد
notify-second-body-waiting =
    ⏳ درخواست { $trackingCode } شما را کارشناس تأیید کرد.
    چون رشتهٔ شما ستاره‌دار است، مجوز پس از تأیید { $body } صادر می‌شود؛ نتیجه را به شما خبر می‌دهیم.
notify-second-body-refused =
    ⛔ { $body } با صدور مجوز درخواست { $trackingCode } موافقت نکرد.
    دلیل: { $reason }
    یادداشت کارشناس: { $note }
    می‌توانید مشکل را برطرف کنید و دوباره درخواست دهید، یا از کارشناس شهرستان بپرسید.
btn-case-send-second-body = ✅ تأیید (سپس دستگاه دوم)
btn-case-second-body-ok = ✅ دستگاه دوم تأیید کرد: صدور مجوز
btn-case-second-body-refused = ⛔ دستگاه دوم رد کرد
second-body-ask-reason = { $body } پروندهٔ { $code } را به چه دلیل رد کرد؟ دلیل را انتخاب کنید (متقاضی آن را می‌خواند):
err-second-body-reason-required = دلیل دستگاه دوم را از فهرست انتخاب کنید.
web-second-body-reason = دلیل دستگاه دوم

## The yearly jobs question of a business with an issued permit and no paid loan
followup-jobs-yearly =
    👷 { $years } سال از صدور مجوز کسب‌وکار خانگی درخواست { $trackingCode } گذشته است.
    لطفاً بگویید اکنون چند نفر در کسب‌وکار شما کار می‌کنند؛ این پاسخ در گزارش اشتغال استان شمرده می‌شود.
notify-jobs-reported-permit =
    👷 گزارش اشتغال پروندهٔ { $trackingCode } ({ $months } ماه پس از صدور مجوز):
    متقاضی: { $self } · شغل تازه: { $newJobs } · حفظ‌شده: { $keptJobs } · { $kind }
case-jobs-permit = 👷 { $months } ماه پس از صدور مجوز: متقاضی { $self } · تازه { $newJobs } · حفظ‌شده { $keptJobs } ({ $state })
web-jobs-line-permit = { $months } ماه پس از صدور مجوز: خود متقاضی { $self } · اشتغال تازه { $new } · اشتغال حفظ‌شده { $kept }
web-wg-permit-jobs = اشتغال کسب‌وکارهای دارای مجوز بدون وام (پاسخ سالانه)
web-wg-permit-employers = از آن‌ها کارفرما
web-wg-permit-self-employed = از آن‌ها خوداشتغال
reg-ask-birthDate = 🎂 تاریخ تولدتان را به شکل ۱۳۷۰/۰۵/۲۱ بنویسید (سامانهٔ ملی مجوزها آن را می‌خواهد):
field-birthDate = تاریخ تولد
err-birth-date-young = ثبت کسب‌وکار از { $age } سالگی ممکن است. اگر تاریخ را اشتباه نوشته‌اید، دوباره بنویسید.
