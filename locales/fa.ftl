## Main menu and general
start-greeting =
    سلام { $name }! به «کاریار» خوش آمدید 🌱
    کاریار دستیار شما برای ثبت و پیگیری کسب‌وکار خانگی و تسهیلات اشتغال روستایی است.
    از دکمه‌های پایین صفحه یکی را انتخاب کنید.
menu-register = 📝 ثبت کسب‌وکار خانگی
menu-my-applications = 📂 درخواست‌های من
menu-track = 🔎 پیگیری با کد رهگیری
menu-help = ❓ راهنما
menu-language = 🌐 زبان / Language
menu-shown = منوی اصلی 👇
help-text =
    راهنمای کاریار:
    • «ثبت کسب‌وکار خانگی»: چند پرسش ساده می‌پرسیم و درخواست مجوز کسب‌وکار خانگی شما را ثبت می‌کنیم. در پایان یک کد رهگیری می‌گیرید.
    • «درخواست‌های من»: وضعیت و سابقهٔ درخواست‌هایتان را ببینید.
    • «پیگیری با کد رهگیری»: کد هشت‌رقمی را بفرستید تا وضعیت را ببینید.
    • هر وقت خواستید از ثبت‌نام بیرون بیایید، /cancel را بفرستید.
    • ارقام را می‌توانید فارسی یا انگلیسی بنویسید.
language-choose = زبان را انتخاب کنید / Choose your language:
language-changed = زبان فارسی انتخاب شد.
unhandled-text = متوجه نشدم 🙏 لطفاً از دکمه‌های منو استفاده کنید یا برای راهنما /help را بفرستید.
unhandled-callback = این دکمه دیگر فعال نیست.
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
reg-ask-category = زمینهٔ فعالیت کسب‌وکار را انتخاب کنید:
reg-ask-businessName = نام کسب‌وکار را بنویسید (مثلاً «عسل طبیعی کوهپایه»):
reg-ask-description = کسب‌وکار خود را در یکی دو جمله توضیح دهید (چه تولید می‌کنید یا چه خدمتی می‌دهید):
reg-ask-workplaceKind = محل کار کجاست؟
reg-ask-plannedJobs = این کسب‌وکار برای چند نفر (با خودتان) شغل ایجاد می‌کند؟
reg-ask-capitalTomans = سرمایهٔ لازم چقدر است؟ به تومان بنویسید (مثلاً ۵۰۰٬۰۰۰٬۰۰۰ یا ۵۰۰ میلیون):
btn-prev = ◀️ قبلی
btn-next = بعدی ▶️

## Registration errors (each followed by the same question again)
err-too-long = این پاسخ بیش از حد طولانی است.
err-needs-letters = لطفاً با حروف بنویسید.
err-full-name = نام و نام خانوادگی را کامل بنویسید (مثلاً «زهرا احمدی»).
err-full-name-letters = نام فقط باید حروف داشته باشد، بدون عدد و نشانه.
err-national-id = این کد ملی درست نیست. کد ملی ده رقم دارد؛ لطفاً دوباره از روی کارت ملی بنویسید.
err-mobile = این شمارهٔ همراه درست نیست. شماره باید با ۰۹ شروع شود و ۱۱ رقم باشد.
err-contact-not-own = لطفاً شمارهٔ خودتان را بفرستید، نه شمارهٔ شخص دیگری را.
err-village = نام روستا یا شهر را بنویسید (دست‌کم دو حرف).
err-business-name = نام کسب‌وکار را بنویسید (دست‌کم دو حرف).
err-description = توضیح کمی بیشتر لازم است (دست‌کم ده حرف، حداکثر پانصد).
err-number = لطفاً فقط یک عدد بنویسید.
err-jobs-range = تعداد شغل باید بین ۱ و ۲۰۰ باشد.
err-capital-range = سرمایه باید بین یک میلیون و هزار میلیارد تومان باشد.
err-text-expected = لطفاً پاسخ را به صورت متن بنویسید.
err-use-buttons = لطفاً یکی از دکمه‌ها را انتخاب کنید.
err-command-in-conversation = شما در میانهٔ ثبت‌نام هستید. برای ادامه به پرسش پاسخ دهید یا برای لغو /cancel را بفرستید.
err-registration-invalid = بعضی پاسخ‌ها معتبر نیستند. لطفاً ثبت‌نام را دوباره شروع کنید.
err-application-not-found = درخواستی با این کد رهگیری در میان درخواست‌های شما پیدا نشد.
err-tracking-code = کد رهگیری هشت رقم دارد (مثل ۱۲۳۴-۵۶۷۸). لطفاً دوباره بنویسید.
err-unknown-region = شهرستان ناشناخته: { $codes }

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
field-capitalTomans = سرمایهٔ لازم
reg-summary-title = لطفاً اطلاعات را بررسی کنید. برای اصلاح هر مورد روی دکمهٔ آن بزنید؛ اگر همه درست است «ثبت نهایی» را بزنید.
reg-summary-line = { $label }: { $value }
btn-edit = ✏️ { $label }
btn-submit = ✅ ثبت نهایی
btn-cancel = ❌ لغو
reg-submitted =
    درخواست شما ثبت شد ✅
    کد رهگیری: { $code }
    این کد را نگه دارید. کارشناس شهرستان به‌زودی درخواست را بررسی می‌کند و نتیجه را همین‌جا به شما خبر می‌دهیم.
jobs-count = { $count } نفر

## Categories and workplaces
category-handicrafts = صنایع دستی
category-food = صنایع غذایی و تبدیلی
category-livestock = دام و طیور
category-agriculture = کشاورزی و گلخانه
category-beekeeping = زنبورداری
category-carpet = فرش و نساجی
category-services = خدمات
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
status-withdrawn = انصراف
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
money = { $rials } ریال ({ $tomans } تومان)
